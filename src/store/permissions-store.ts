// The signed-in user's roles (from the passive login's `needs.role`) and the server's permission catalog (from
// `connected.permissions`: each permission's name and the roles it needs), for gating and explaining controls.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../shared/i18n.ts';

export interface PermissionInfo {
  name: string;
  /** Upper-case roles the permission needs, all of them (OctoPrint's `needs.role`). */
  roles: readonly string[];
}

export interface PermissionsState {
  /** False until the first login answered; controls stay disabled meanwhile. */
  known: boolean;
  user: string | null;
  /** The user's roles as upper-case keys, e.g. CONTROL, PRINT, FILES_UPLOAD. */
  keys: readonly string[];
  /** The server's permissions by key; empty until `connected` arrives (then a key is its own role). */
  catalog: Readonly<Record<string, PermissionInfo>>;
}

export type PermissionsStore = StoreApi<PermissionsState>;
export type UserPermissions = Omit<PermissionsState, 'catalog'>;

export function createPermissionsStore(): PermissionsStore {
  return createStore<PermissionsState>()(() => ({ known: false, user: null, keys: [], catalog: {} }));
}

function upperRoles(needs: unknown): string[] {
  const role = typeof needs === 'object' && needs !== null ? (needs as { role?: unknown }).role : undefined;
  return Array.isArray(role) ? role.filter((r): r is string => typeof r === 'string').map((r) => r.toUpperCase()) : [];
}

/** OctoPrint's login answer lists roles in lower case (`needs.role`); keys in /api/currentuser are upper case. */
export function permissionsFromLogin(login: { name: string; needs: { role?: unknown } }): UserPermissions {
  return { known: true, user: login.name, keys: [...new Set(upperRoles(login.needs))].sort() };
}

/** Sets the user's permissions only when they changed, so selectors on `keys` stay stable across reconnects. */
export function setPermissions(store: PermissionsStore, next: UserPermissions): void {
  const prev = store.getState();
  const same = prev.known === next.known && prev.user === next.user && prev.keys.join() === next.keys.join();
  if (!same) store.setState(next);
}

/** `connected.permissions`: names and needed roles of every permission the server knows (plugins add theirs). */
export function setPermissionCatalog(store: PermissionsStore, list: unknown): void {
  if (!Array.isArray(list)) return;
  const catalog: Record<string, PermissionInfo> = {};
  for (const p of list) {
    if (typeof p !== 'object' || p === null) continue;
    const { key, name, needs } = p as { key?: unknown; name?: unknown; needs?: unknown };
    if (typeof key !== 'string' || !/^[A-Z0-9_]{1,64}$/.test(key)) continue;
    catalog[key] = { name: typeof name === 'string' && name ? name.slice(0, 80) : key, roles: upperRoles(needs) };
  }
  const prev = store.getState().catalog;
  if (JSON.stringify(prev) !== JSON.stringify(catalog)) store.setState({ catalog });
}

/** Whether the user holds a permission: every role it needs (from the catalog), or the key itself as a role. */
export function hasPermission(
  state: Pick<PermissionsState, 'keys'> & Partial<Pick<PermissionsState, 'catalog'>>,
  key: string,
): boolean {
  if (state.keys.includes('ADMIN')) return true;
  const catalog = state.catalog ?? {};
  const needs = Object.hasOwn(catalog, key) ? catalog[key]?.roles : undefined;
  if (needs && needs.length > 0) return needs.every((r) => state.keys.includes(r));
  return state.keys.includes(key);
}

/** OctoPrint's own names, for before `connected` has brought the server's catalog. */
const NAMES: Record<string, string> = {
  CONTROL: 'Control',
  CONNECTION: 'Connection',
  PRINT: 'Print',
  FILES_LIST: 'File List',
  FILES_UPLOAD: 'File Upload',
  FILES_DELETE: 'File Delete',
  FILES_SELECT: 'File Select',
  MONITOR_TERMINAL: 'Terminal',
  SETTINGS_READ: 'Settings Access',
};

/** "needs the Control permission": the visible reason a control is disabled, in the server's own words. */
export function permissionReason(key: string, catalog: PermissionsState['catalog'] = {}): string {
  return t('gate.needsPermission', { name: permissionName(key, catalog) });
}

/** The server's own name for a permission ("Control"), or OctoPrint's default one. */
export function permissionName(key: string, catalog: PermissionsState['catalog'] = {}): string {
  return (Object.hasOwn(catalog, key) ? catalog[key]?.name : undefined) ?? NAMES[key] ?? key;
}
