import { describe, expect, it } from 'vitest';
import { createPermissionsStore, hasPermission, permissionReason, permissionsFromLogin, setPermissions } from './permissions-store.ts';

describe('permissions', () => {
  it('reads the lower-case roles of the passive login as upper-case keys', () => {
    const p = permissionsFromLogin({ name: 'viewer', needs: { role: ['status', 'monitor_terminal', 'files_list', 42] } });
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
});
