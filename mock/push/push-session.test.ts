// The push socket's protocol as recorded: connected first, held plugin messages, history, throttle, subscribe, reauth.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, RawClient, until, type Harness } from '../test-support.ts';

let h: Harness;
beforeEach(async () => {
  h = await harness({ speed: 5 });
});
afterEach(async () => {
  await h.mock.close();
});

describe('push session', () => {
  it('gives an unauthenticated socket only connected, holds plugin messages and flushes them before history', async () => {
    const c = new RawClient(h.mock.url);
    await c.opened;
    await until(() => c.of('connected').length === 1);
    await h.scenario('notify', { message: 'held' });
    await h.api('/api/printer/tool', { json: { command: 'target', targets: { tool0: 50 } } });
    await new Promise((r) => setTimeout(r, 700));
    expect(c.types()).toEqual(['connected']);
    const login = (await (await h.api('/api/login', { json: { passive: true } })).json()) as {
      name: string;
      session: string;
    };
    c.send({ auth: `${login.name}:${login.session}` });
    await until(() => c.of('current').length > 0);
    expect(c.types().slice(0, 5)).toEqual(['connected', 'plugin', 'history', 'timelapse', 'event']);
    expect(c.of('plugin')[0]).toEqual({ plugin: 'action_command_notification', data: { message: 'held' } });
    // The PrinterStateChanged-free target change happened before auth: no events other than ClientAuthed.
    expect(c.events().map((e) => e.type)).toEqual(['ClientAuthed']);
    c.close();
  });

  it('answers a bad session with reauthRequired stale', async () => {
    const c = new RawClient(h.mock.url);
    await c.opened;
    c.send({ auth: 'admin:0000bogussession0000' });
    await until(() => c.of('reauthRequired').length > 0);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'stale' }]);
    c.close();
  });

  it('limits currents to 500 ms x throttle and records the throttle factors', async () => {
    const c = await h.authedClient();
    c.send({ throttle: 2 });
    c.send({ throttle: 0 });
    await new Promise((r) => setTimeout(r, 250));
    const before = c.of('current').length;
    await new Promise((r) => setTimeout(r, 2100));
    const n = c.of('current').length - before;
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(3);
    const truth = (await (await h.api('/mock/truth')).json()) as { throttles: { factor: number }[] };
    expect(truth.throttles.map((t) => t.factor)).toEqual([2]);
    c.close();
  });

  it('never loses or duplicates a temperature point between history and currents', async () => {
    const c = await h.authedClient();
    await h.scenario('target', { heater: 'tool0', target: 100 });
    await new Promise((r) => setTimeout(r, 1500));
    const truth = (await (await h.api('/mock/truth')).json()) as { temps: unknown[] };
    await until(() => {
      const got = [
        ...(c.of('history')[0] as { temps: unknown[] }).temps,
        ...c.of('current').flatMap((m) => (m as { temps: unknown[] }).temps),
      ];
      return got.length >= truth.temps.length ? got : undefined;
    });
    const got = [
      ...(c.of('history')[0] as { temps: unknown[] }).temps,
      ...c.of('current').flatMap((m) => (m as { temps: unknown[] }).temps),
    ];
    expect(got.slice(0, truth.temps.length)).toEqual(truth.temps);
    c.close();
  });

  it('answers subscribe with a fresh history and filters logs by regex', async () => {
    const c = await h.authedClient();
    c.send({
      subscribe: { state: { logs: '^Send:', messages: false }, events: ['PrinterStateChanged'], plugins: false },
    });
    await until(() => c.of('history').length === 2);
    const hist = c.of('history')[1] as { logs: string[]; messages: string[] };
    expect(hist.messages).toEqual([]);
    expect(hist.logs.every((l) => l.startsWith('Send:'))).toBe(true);
    await h.scenario('notify', { message: 'filtered out' });
    await h.scenario('printer-error');
    await until(() => c.events().some((e) => e.type === 'PrinterStateChanged'));
    expect(
      c
        .events()
        .filter((e) => e.type !== 'ClientAuthed')
        .every((e) => e.type === 'PrinterStateChanged'),
    ).toBe(true);
    expect(c.of('plugin')).toEqual([]);
    c.close();
  });

  it('sends reauthRequired logout to the socket of a cookie session that logs out', async () => {
    const page = await h.api('/login', { key: null });
    const csrf = /csrf_token_P\d+=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const portCookie = `csrf_token_P${h.mock.port}=${csrf}`;
    const bad = await h.api('/api/login', { key: null, json: { user: 'admin', pass: 'admin' } });
    expect(bad.status).toBe(400);
    const ok = await h.api('/api/login', {
      key: null,
      json: { user: 'admin', pass: 'admin' },
      headers: { Cookie: portCookie, 'X-CSRF-Token': csrf },
    });
    expect(ok.status).toBe(200);
    const session = /session_P\d+=([^;]+)/.exec(ok.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const wrong = await h.api('/api/login', {
      key: null,
      json: { user: 'admin', pass: 'nope' },
      headers: { Cookie: portCookie, 'X-CSRF-Token': csrf },
    });
    expect(wrong.status).toBe(403);
    const c = new RawClient(h.mock.url);
    await c.opened;
    c.send({ auth: `admin:${session}` });
    await until(() => c.of('history').length > 0);
    const cookies = `${portCookie}; session_P${h.mock.port}=${session}`;
    const out = await h.api('/api/logout', {
      key: null,
      method: 'POST',
      headers: { Cookie: cookies, 'X-CSRF-Token': csrf },
    });
    expect(await out.json()).toEqual({ needs: { group: ['guests'] } });
    await until(() => c.of('reauthRequired').length > 0);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'logout' }]);
    c.close();
  });
});
