// The page's places, the farm (/printers), the touch-screen kiosk (/kiosk) and one printer's dashboard (/), kept in
// the URL so back and forward work.

const base = (): string => (typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/');

export const farmPath = (): string => `${base().replace(/\/?$/, '/')}printers`;
export const dashboardPath = (): string => base().replace(/\/?$/, '/');

export const kioskPath = (): string => `${base().replace(/\/?$/, '/')}kiosk`;

export function isFarmPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '') === farmPath();
}

export function isKioskPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '') === kioskPath();
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
