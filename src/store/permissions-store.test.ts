import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createPermissionsStore,
  hasPermission,
  permissionReason,
  permissionsFromLogin,
  setPermissionCatalog,
  setPermissions,
} from './permissions-store.ts';

const recorded = JSON.parse(
  readFileSync(new URL('../../fixtures/octoprint-1.11.8/socket-connected-full.json', import.meta.url), 'utf8'),
) as {
  message: { connected: { permissions: unknown } };
};

describe('permissions', () => {
  it('reads the lower-case roles of the passive login as upper-case keys', () => {
    const p = permissionsFromLogin({
      name: 'viewer',
      needs: { role: ['status', 'monitor_terminal', 'files_list', 42] },
    });
    expect(p).toEqual({ known: true, user: 'viewer', keys: ['FILES_LIST', 'MONITOR_TERMINAL', 'STATUS'] });
    expect(hasPermission(p, 'CONTROL')).toBe(false);
    expect(hasPermission(p, 'MONITOR_TERMINAL')).toBe(true);
  });

  it('treats ADMIN as holding every permission and survives a login without needs', () => {
    expect(hasPermission(permissionsFromLogin({ name: 'a', needs: { role: ['admin'] } }), 'PRINT')).toBe(true);
    expect(permissionsFromLogin({ name: 'g', needs: {} }).keys).toEqual([]);
  });

  it('keeps the same state object when a re-login brings the same permissions', () => {
    const s = createPermissionsStore();
    setPermissions(s, permissionsFromLogin({ name: 'a', needs: { role: ['control'] } }));
    const first = s.getState();
    setPermissions(s, permissionsFromLogin({ name: 'a', needs: { role: ['control'] } }));
    expect(s.getState()).toBe(first);
  });

  it('names the missing permission', () => {
    expect(permissionReason('CONTROL')).toBe('needs the Control permission');
  });

  it("takes the server's catalog from connected.permissions: its names, and every role a permission needs", () => {
    const s = createPermissionsStore();
    setPermissionCatalog(s, recorded.message.connected.permissions);
    expect(Object.keys(s.getState().catalog).length).toBe(37);
    expect(permissionReason('FILES_UPLOAD', s.getState().catalog)).toBe(
      `needs the ${s.getState().catalog.FILES_UPLOAD?.name} permission`,
    );
    setPermissionCatalog(s, [
      { key: 'PLUGIN_X_DO', name: 'Do <b>X</b>', needs: { role: ['plugin_x_do', 'control'] } },
      { key: '__proto__', name: 'bad' },
      'junk',
    ]);
    expect(Object.keys(s.getState().catalog)).toEqual(['PLUGIN_X_DO']);
    setPermissions(s, permissionsFromLogin({ name: 'u', needs: { role: ['plugin_x_do'] } }));
    expect(hasPermission(s.getState(), 'PLUGIN_X_DO')).toBe(false);
    setPermissions(s, permissionsFromLogin({ name: 'u', needs: { role: ['plugin_x_do', 'control'] } }));
    expect(hasPermission(s.getState(), 'PLUGIN_X_DO')).toBe(true);
    expect(permissionReason('PLUGIN_X_DO', s.getState().catalog)).toBe('needs the Do <b>X</b> permission');
  });
});
