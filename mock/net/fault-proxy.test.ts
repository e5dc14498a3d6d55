import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawClient, harness, until, type Harness } from '../test-support.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';

let h: Harness;
let proxy: FaultProxy;

beforeEach(async () => {
  h = await harness();
  proxy = await startFaultProxy(h.mock.url, { port: 0, host: '127.0.0.1' });
});
afterEach(async () => {
  await proxy.close();
  await h.mock.close();
});

const get = (path: string) => fetch(`${proxy.url}${path}`, { headers: { 'X-Api-Key': h.mock.apiKey } });

describe('fault proxy', () => {
  it('passes HTTP and WebSocket through, and adds the round trip it is told to', async () => {
    expect(await (await get('/api/version')).json()).toMatchObject({ server: expect.any(String) });
    const set = await fetch(`${proxy.url}/mock/net`, { method: 'POST', body: '{"rttMs":400}' });
    expect(await set.json()).toMatchObject({ config: { rttMs: 400 } });
    const t0 = performance.now();
    expect((await get('/api/version')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(395);
    const c = new RawClient(proxy.url);
    await c.opened;
    await until(() => c.of('connected').length > 0);
    c.close();
  });

  it('swallows upgrades in front of the server, and refuses a bad setting', async () => {
    expect((await fetch(`${proxy.url}/mock/net`, { method: 'POST', body: '{"rttMs":-5}' })).status).toBe(400);
    await fetch(`${proxy.url}/mock/net`, { method: 'POST', body: '{"swallowUpgrades":true}' });
    const c = new RawClient(proxy.url);
    c.opened.catch(() => {});
    await until(() => proxy.faults.stats.swallowedUpgrades === 1);
    expect(h.mock.state.pushSessions.size).toBe(0);
    const stats = (await (await fetch(`${proxy.url}/mock/net`)).json()) as { stats: { swallowedUpgrades: number } };
    expect(stats.stats.swallowedUpgrades).toBe(1);
  });
});
