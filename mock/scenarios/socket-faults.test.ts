// Every socket fault scenario does what the contract says (drop, restart, blackhole, flood, malformed, huge, ...).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, RawClient, until, type Harness } from '../test-support.ts';

let h: Harness;
beforeEach(async () => {
  h = await harness({ speed: 5 });
});
afterEach(async () => {
  await h.mock.close();
});

describe('socket fault scenarios', () => {
  it('drop closes every socket', async () => {
    const c = await h.authedClient();
    const res = (await (await h.scenario('drop')).json()) as {
      ok: boolean;
      scenario: string;
      result: { closed: number };
    };
    expect(res).toEqual({ ok: true, scenario: 'drop', result: { closed: 1, downMs: 0 } });
    await until(() => c.closed);
  });

  it('restart forgets sessions, changes identity and refuses REST and sockets while down', async () => {
    const c = await h.authedClient();
    const login = (await (await h.api('/api/login', { json: { passive: true } })).json()) as { session: string };
    await h.scenario('restart', { version: '1.12.0', pluginHash: 'p2', configHash: 'c2', downMs: 1500 });
    await until(() => c.closed);
    // Down long enough that a busy machine still asks inside the outage; then wait for it to answer again.
    expect((await h.api('/api/version')).status).toBe(503);
    await until(async () => (await h.api('/api/version')).status === 200, 8000);
    const c2 = new RawClient(h.mock.url);
    await c2.opened;
    await until(() => c2.of('connected').length > 0);
    expect(c2.of('connected')[0]).toMatchObject({ version: '1.12.0', plugin_hash: 'p2', config_hash: 'c2' });
    c2.send({ auth: `admin:${login.session}` });
    await until(() => c2.of('reauthRequired').length > 0);
    c2.close();
  });

  it('blackhole stops everything for ms, then currents resume on the same socket', async () => {
    const c = await h.authedClient();
    // 1 s of silence checked inside a 3 s hole: a late timer on a busy machine still falls inside it.
    await h.scenario('blackhole', { ms: 3000 });
    const n = c.messages.length;
    await new Promise((r) => setTimeout(r, 1000));
    expect(c.messages.length).toBe(n);
    expect(c.closed).toBe(false);
    await until(() => c.messages.length > n, 8000);
    c.close();
  });

  it('flood sends currents far above the throttled rate for the given seconds', async () => {
    const c = await h.authedClient();
    c.send({ throttle: 4 });
    const before = c.of('current').length;
    await h.scenario('flood', { hz: 50, seconds: 1 });
    await new Promise((r) => setTimeout(r, 1200));
    // Throttle 4 allows one current per 2 s; the flood ignores it (50 Hz nominal, loose bound for a busy CI box).
    expect(c.of('current').length - before).toBeGreaterThanOrEqual(10);
    c.close();
  });

  it('malformed sends count invalid messages of many kinds', async () => {
    const c = await h.authedClient();
    const before = c.messages.length;
    await h.scenario('malformed', { count: 18 });
    await until(() => c.messages.length >= before + 18);
    const bad = c.messages.slice(before);
    expect(bad.some((m) => m === 'not json {')).toBe(true);
    expect(bad.some((m) => typeof m === 'object' && m.current === null)).toBe(true);
    c.close();
  });

  it('huge sends multi-megabyte log lines, file names and plugin messages', async () => {
    const c = await h.authedClient();
    await h.scenario('huge', { mb: 2 });
    await until(() => c.of('current').some((m) => (m as { logs: string[] }).logs.some((l) => l.length > 2_000_000)));
    await until(() =>
      c.events().some((e) => e.type === 'FileAdded' && String((e.payload as { name: string }).name).length > 2_000_000),
    );
    await until(() => c.of('plugin').some((p) => JSON.stringify(p).length > 2_000_000));
    c.close();
  });

  it('unknown-types sends message, event and plugin types the client does not know', async () => {
    const c = await h.authedClient();
    await h.scenario('unknown-types');
    await until(() => c.of('futureMessageType').length === 1);
    await until(() => c.events().some((e) => e.type === 'SomeFutureEvent'));
    await until(() => c.of('plugin').some((p) => (p as { plugin: string }).plugin === 'unknown_plugin'));
    c.close();
  });

  it('reauth invalidates sessions and sends reauthRequired with the reason; only modified leaves the socket logged in', async () => {
    const c = await h.authedClient();
    await h.scenario('reauth', { reason: 'modified' });
    await until(() => c.of('reauthRequired').length > 0);
    expect(c.of('reauthRequired')).toEqual([{ reason: 'modified' }]);
    const before = c.of('current').length;
    await until(() => c.of('current').length > before);
    const d = await h.authedClient();
    await h.scenario('reauth', { reason: 'stale' });
    await until(() => d.of('reauthRequired').length > 0);
    expect(d.of('reauthRequired')).toEqual([{ reason: 'stale' }]);
    await new Promise((r) => setTimeout(r, 100));
    const n = d.of('current').length;
    await new Promise((r) => setTimeout(r, 700));
    expect(d.of('current').length).toBe(n);
    c.close();
    d.close();
  });

  it('rejects unknown scenarios and bad parameters with 400', async () => {
    const res = await h.scenario('nope');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'unknown scenario nope' });
    expect((await h.scenario('flood', { hz: 'many' })).status).toBe(400);
  });
});
