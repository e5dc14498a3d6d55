// The page's two places, the farm (/printers) and one printer's dashboard (/), kept in the URL so back and forward work.

const base = (): string => (typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/');

export const farmPath = (): string => `${base().replace(/\/?$/, '/')}printers`;
export const dashboardPath = (): string => base().replace(/\/?$/, '/');

export function isFarmPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '') === farmPath();
}

const listeners = new Set<() => void>();

export function currentPath(): string {
  return typeof location === 'undefined' ? '/' : location.pathname;
}

/** Listens to back/forward and to navigate(); for useSyncExternalStore. */
export function subscribeRoute(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** A new history entry, so the browser's back button returns to where the user was. */
export function navigate(path: string): void {
  if (path === currentPath()) return;
  history.pushState(null, '', path);
  for (const l of [...listeners]) l();
}
