// The signed-in user's effective permissions (from the passive login's `needs.role`), for gating controls.
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface PermissionsState {
  /** False until the first login answered; controls stay disabled meanwhile. */
  known: boolean;
  user: string | null;
  /** Upper-case permission keys, e.g. CONTROL, PRINT, FILES_UPLOAD. */
  keys: readonly string[];
}

export type PermissionsStore = StoreApi<PermissionsState>;

export function createPermissionsStore(): PermissionsStore {
  return createStore<PermissionsState>()(() => ({ known: false, user: null, keys: [] }));
}

/** OctoPrint's login answer lists roles in lower case (`needs.role`); keys in /api/currentuser are upper case. */
export function permissionsFromLogin(login: { name: string; needs: { role?: unknown } }): PermissionsState {
  const roles = Array.isArray(login.needs.role) ? login.needs.role : [];
  const keys = roles.filter((r): r is string => typeof r === 'string').map((r) => r.toUpperCase());
  return { known: true, user: login.name, keys: [...new Set(keys)].sort() };
}

/** Sets the permissions only when they changed, so selectors on `keys` stay stable across reconnects. */
export function setPermissions(store: PermissionsStore, next: PermissionsState): void {
  const prev = store.getState();
  const same = prev.known === next.known && prev.user === next.user && prev.keys.join() === next.keys.join();
  if (!same) store.setState(next);
}

export function hasPermission(state: PermissionsState, key: string): boolean {
  return state.keys.includes(key) || state.keys.includes('ADMIN');
}

const NAMES: Record<string, string> = {
  CONTROL: 'Control',
  PRINT: 'Print',
  FILES_LIST: 'File List',
  FILES_UPLOAD: 'File Upload',
  FILES_DELETE: 'File Delete',
  FILES_SELECT: 'File Select',
  MONITOR_TERMINAL: 'Terminal',
  SETTINGS_READ: 'Settings Access',
};

/** "needs the Control permission": the visible reason a control is disabled. */
export function permissionReason(key: string): string {
  return `needs the ${NAMES[key] ?? key} permission`;
}
