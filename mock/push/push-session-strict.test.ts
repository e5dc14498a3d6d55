// The push socket's strict rules (docs/octoprint-semantics.md): one registration, logout and modified, backlogs, quiet offline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, RawClient, until, type Harness } from '../test-support.ts';

let h: Harness;
beforeEach(async () => {
  h = await harness({ speed: 5 });
});
afterEach(async () => {
  await h.mock.close();
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A socket authenticated as `user` through a passive login with that user's key. */
async function socketAs(user: 'admin' | 'operator' | 'viewer'): Promise<{ c: RawClient; session: string }> {
  const key = user === 'admin' ? h.mock.apiKey : `${h.mock.apiKey}-${user === 'viewer' ? 'readonly' : user}`;
  const c = new RawClient(h.mock.url);
  await c.opened;
  const login = (await (await h.api('/api/login', { key, json: { passive: true } })).json()) as {
    name: string;
    session: string;
  };
  c.send({ auth: `${login.name}:${login.session}` });
  await until(() => c.of('history').length > 0);
  return { c, session: login.session };
}

describe('strict push session', () => {
  it('answers a later valid auth with ClientAuthed and currents, never a second history', async () => {
    const { c, session } = await socketAs('operator');
    const n = c.messages.length;
    c.send({ auth: `operator:${session}` });
    await until(() => c.events().filter((e) => e.type === 'ClientAuthed').length >= 2);
    const before = c.of('current').length;
    await until(() => c.of('current').length > before + 1);
    expect(c.types().slice(n)).not.toContain('history');
    // A non-admin sees ClientAuthed without its payload.
    expect(c.events().find((e) => e.type === 'ClientAuthed')?.payload).toEqual({});
    c.close();
  });

  it('logs the socket out on an invalid auth: stale, then STATUS-gated messages wait in the backlog (max 100)', async () => {
    const { c, session } = await socketAs('operator');
    c.send({ auth: 'operator:not-a-session' });
    await until(() => c.of('reauthRequired').length > 0);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'stale' }]);
    await wait(100);
    const n = c.messages.length;
    for (let i = 0; i < 120; i++) h.mock.printer.plugin('test_plugin', { i });
    await h.scenario('target', { heater: 'tool0', target: 60 });
    await wait(700);
    expect(c.types().slice(n)).toEqual([]);
    c.send({ auth: `operator:${session}` });
    await until(() => c.of('plugin').length >= 100);
    await wait(200);
    expect(c.of('plugin')).toHaveLength(100);
    expect(c.types().slice(n)).not.toContain('history');
    c.close();
  });

  it('sends modified once per login session of the user on a group change, and leaves the socket logged in', async () => {
    const { c } = await socketAs('operator');
    await h.api('/api/login', { key: `${h.mock.apiKey}-operator`, json: { passive: true } });
    const put = await h.api('/api/access/users/operator', { method: 'PUT', json: { groups: ['users', 'readonly'] } });
    expect(put.status).toBe(200);
    await until(() => c.of('reauthRequired').length >= 2);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'modified' }, { reason: 'modified' }]);
    const before = c.of('current').length;
    await until(() => c.of('current').length > before);
    // The same groups again change nothing and send nothing.
    await h.api('/api/access/users/operator', { method: 'PUT', json: { groups: ['readonly', 'users'] } });
    await wait(300);
    expect(c.of('reauthRequired')).toHaveLength(2);
    c.close();
  });

  it('sends nothing when a user is deleted: its socket keeps its rights until it authenticates again (stale)', async () => {
    await h.api('/api/access/users', { json: { name: 'temp', password: 'temp', active: true, groups: ['users'] } });
    const page = await h.api('/login', { key: null });
    const csrf = /csrf_token_P\d+=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const cookie = `csrf_token_P${h.mock.port}=${csrf}`;
    const ok = await h.api('/api/login', {
      key: null,
      json: { user: 'temp', pass: 'temp' },
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf },
    });
    const session = ((await ok.json()) as { session: string }).session;
    const c = new RawClient(h.mock.url);
    await c.opened;
    c.send({ auth: `temp:${session}` });
    await until(() => c.of('history').length > 0);
    expect((await h.api('/api/access/users/temp', { method: 'DELETE' })).status).toBe(200);
    const before = c.of('current').length;
    await until(() => c.of('current').length > before + 1);
    expect(c.of('reauthRequired')).toEqual([]);
    c.send({ auth: `temp:${session}` });
    await until(() => c.of('reauthRequired').length > 0);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'stale' }]);
    c.close();
  });

  it('keeps lines that wait for their current in the backlog, so the current after a history repeats them', async () => {
    const { c } = await socketAs('admin');
    c.send({ subscribe: { state: { logs: false }, events: true } });
    await until(() => c.of('history').length === 2);
    // Right after a current the next one is 500 ms away: the line waits in the backlog meanwhile.
    const seen = c.of('current').length;
    await until(() => c.of('current').length > seen);
    h.mock.printer.log('Recv: waiting line');
    c.send({ subscribe: { state: { logs: true }, events: true } });
    const lastHistory = () => c.messages.findLastIndex((m) => typeof m === 'object' && 'history' in m);
    const nextCurrent = () =>
      c.messages.slice(lastHistory()).find((m) => typeof m === 'object' && 'current' in m) as
        { current: { logs: string[] } } | undefined;
    await until(() => c.of('history').length === 3 && nextCurrent());
    const hist = c.of('history').at(-1) as { logs: string[] };
    const next = nextCurrent() as { current: { logs: string[] } };
    expect(hist.logs).toContain('Recv: waiting line');
    expect(next.current.logs).toContain('Recv: waiting line');
    c.close();
  });

  it('goes quiet when the printer is offline: one Offline current with a heater-less point, then none', async () => {
    const { c } = await socketAs('admin');
    await h.api('/api/connection', { json: { command: 'disconnect' } });
    await until(() => c.of('current').some((m) => (m as { state: { text: string } }).state.text === 'Offline'));
    const offline = c.of('current').at(-1) as { temps: object[]; progress: Record<string, unknown> };
    expect(offline.temps.map((t) => Object.keys(t))).toEqual([['time']]);
    expect(Object.values(offline.progress).every((v) => v === null)).toBe(true);
    const n = c.of('current').length;
    await wait(2000);
    expect(c.of('current')).toHaveLength(n);
    c.close();
  });
});
