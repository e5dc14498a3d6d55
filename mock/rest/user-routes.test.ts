// /api/access/users as OctoPrint 1.11.8 answers it: admins only, unknown groups dropped, one `modified` per change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, RawClient, until, type Harness } from '../test-support.ts';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.mock.close();
});

describe('user routes', () => {
  it('refuses non-admins with 403 and answers unknown users with 404', async () => {
    const operator = `${h.mock.apiKey}-operator`;
    expect((await h.api('/api/access/users', { key: operator })).status).toBe(403);
    expect(
      (await h.api('/api/access/users/viewer', { key: operator, method: 'PUT', json: { groups: [] } })).status,
    ).toBe(403);
    expect((await h.api('/api/access/users/operator', { key: operator })).status).toBe(200);
    expect((await h.api('/api/access/users/nobody', { method: 'PUT', json: { groups: ['users'] } })).status).toBe(404);
    expect((await h.api('/api/access/users/admin', { method: 'DELETE' })).status).toBe(400);
  });

  it('drops unknown groups and answers with the user list', async () => {
    const res = await h.api('/api/access/users/operator', { method: 'PUT', json: { groups: ['users', 'nosuch'] } });
    const body = (await res.json()) as { users: { name: string; groups: string[]; admin: boolean }[] };
    expect(body.users.find((u) => u.name === 'operator')).toMatchObject({ groups: ['users'], admin: false });
  });

  it('sends one modified per changed part (groups, permissions, active) and per session', async () => {
    const login = (await (
      await h.api('/api/login', { key: `${h.mock.apiKey}-operator`, json: { passive: true } })
    ).json()) as { session: string };
    const c = new RawClient(h.mock.url);
    await c.opened;
    c.send({ auth: `operator:${login.session}` });
    await until(() => c.of('history').length > 0);
    await h.api('/api/access/users/operator', {
      method: 'PUT',
      json: { groups: ['readonly'], permissions: ['CONTROL'], active: false },
    });
    await until(() => c.of('reauthRequired').length >= 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(c.of('reauthRequired')).toEqual([{ reason: 'modified' }, { reason: 'modified' }, { reason: 'modified' }]);
    const me = (await (await h.api('/api/access/users/operator')).json()) as { active: boolean; permissions: string[] };
    expect(me).toMatchObject({ active: false, permissions: ['CONTROL'] });
    c.close();
  });
});

describe('group routes', () => {
  it('sends modified to anonymous sockets once per notified part when the guests group is saved with a change', async () => {
    const c = new RawClient(h.mock.url);
    await until(() => c.of('connected').length > 0);
    await h.api('/api/access/groups/guests', { method: 'PUT', json: { permissions: [] } });
    await new Promise((r) => setTimeout(r, 200));
    expect(c.of('reauthRequired')).toEqual([]);
    await h.api('/api/access/groups/guests', {
      method: 'PUT',
      json: { permissions: [], subgroups: [], description: 'Everyone else' },
    });
    await until(() => c.of('reauthRequired').length >= 2);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'modified' }, { reason: 'modified' }]);
    expect((await h.api('/api/access/groups/readonly', { method: 'PUT', json: { description: 'x' } })).status).toBe(
      403,
    );
    c.close();
  });

  it('gives anonymous sockets what the guests group may see', async () => {
    const c = new RawClient(h.mock.url);
    await until(() => c.of('connected').length > 0);
    await h.api('/api/access/groups/guests', { method: 'PUT', json: { permissions: ['STATUS'] } });
    h.mock.printer.plugin('test_plugin', { hello: 1 });
    await until(() => c.of('plugin').length > 0);
    c.close();
  });
});
