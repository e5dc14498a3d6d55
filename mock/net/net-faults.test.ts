import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { harness, until, type Harness } from '../test-support.ts';
import { NO_FAULTS, parseNetFaults } from './net-config.ts';

let h: Harness;

beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.mock.close();
});

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

describe('parseNetFaults', () => {
  it('keeps what is not given and refuses bad values', () => {
    expect(parseNetFaults({ rttMs: 500 })).toEqual({ ...NO_FAULTS, rttMs: 500 });
    expect(parseNetFaults({ swallowUpgrades: true }, { ...NO_FAULTS, rttMs: 500 })).toMatchObject({
      rttMs: 500,
      swallowUpgrades: true,
    });
    expect(
      parseNetFaults({ closeAfterHistoryMs: null }, { ...NO_FAULTS, closeAfterHistoryMs: 10 }).closeAfterHistoryMs,
    ).toBeNull();
    expect(() => parseNetFaults({ rttMs: -1 })).toThrow(/rttMs/);
    expect(() => parseNetFaults({ lossRate: 2 })).toThrow(/lossRate/);
    expect(() => parseNetFaults({ stallBody: '(' })).toThrow();
  });
});

describe('the mock on a bad network (scenario net)', () => {
  it('adds the round trip to every HTTP answer, and counts logins', async () => {
    const [, clear] = await timed(() => h.api('/api/version'));
    expect((await h.scenario('net', { rttMs: 300 })).status).toBe(200);
    const [res, slow] = await timed(() => h.api('/api/version'));
    expect(res.status).toBe(200);
    expect(slow).toBeGreaterThanOrEqual(295);
    expect(slow - clear).toBeLessThan(1000);
    await h.api('/api/login', { json: { passive: true } });
    expect(h.mock.net.stats.logins).toHaveLength(1);
  });

  it('never answers a WebSocket upgrade when told to swallow them, while HTTP still works', async () => {
    await h.scenario('net', { swallowUpgrades: true });
    const ws = new WebSocket(`${h.mock.url.replace(/^http/, 'ws')}/sockjs/websocket`);
    let opened = false;
    ws.on('open', () => (opened = true));
    ws.on('error', () => {});
    await until(() => h.mock.net.stats.swallowedUpgrades === 1);
    const [res, ms] = await timed(() => h.api('/sockjs/info'));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(opened).toBe(false);
    ws.terminate();
    // reset lets the held connection go and turns the layer off.
    await h.scenario('reset');
    const c = await h.authedClient();
    expect(c.of('history')).toHaveLength(1);
    // HTTP is not held with the upgrade: it answers (a held one would never); the bound only leaves room for a busy machine.
    expect(ms).toBeLessThan(4000);
  });

  it('stalls a matching answer after its head: the client only learns of it by timing out', async () => {
    await h.scenario('net', { stallBody: '^/api/files', stallAfterBytes: 5, stallCount: 1 });
    const res = await h.api('/api/files?recursive=true', { signal: AbortSignal.timeout(400) });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(h.mock.net.stats.stalledAnswers).toBe(1);
    expect((await h.api('/api/version')).status).toBe(200);
    // stallCount 1: the next matching answer passes whole.
    expect(await (await h.api('/api/files?recursive=true')).json()).toMatchObject({ files: expect.any(Array) });
  });

  it('closes a push socket the given time after its history', async () => {
    await h.scenario('net', { closeAfterHistoryMs: 200 });
    const c = await h.authedClient();
    const [, ms] = await timed(() => until(() => c.closed, 8000));
    // Closed by the fault layer soon after the history, long before any heartbeat or idle timeout would.
    expect(ms).toBeLessThan(4000);
    expect(h.mock.net.stats.closedAfterHistory).toBe(1);
  });

  it('delays socket frames by half the round trip and caps the bandwidth', async () => {
    const c = await h.authedClient();
    await h.scenario('net', { rttMs: 400, bandwidthKbps: 80 });
    // A 20 KB message at 10 bytes per ms takes about 2 s, plus 200 ms one way.
    const before = c.messages.length;
    const [, ms] = await timed(async () => {
      await h.scenario('huge', { mb: 0.02, kind: 'plugin' });
      await until(() => c.messages.length > before && c.of('plugin').length > 0, 12_000);
    });
    expect(ms).toBeGreaterThanOrEqual(2000);
    expect(ms).toBeLessThan(10_000);
  });
});
