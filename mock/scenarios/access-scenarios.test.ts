// Access scenarios: CORS off refuses other origins, a revoked key stops working, app-key requests await a decision.
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../test-support.ts';

let h: Harness | null = null;
afterEach(async () => {
  await h?.mock.close();
  h = null;
});

describe('access scenarios', () => {
  it('cors off sends no Access-Control headers, on echoes the Origin', async () => {
    h = await harness();
    const get = () => h!.api('/api/version', { headers: { Origin: 'http://elsewhere:4173' } });
    expect((await get()).headers.get('access-control-allow-origin')).toBe('http://elsewhere:4173');
    await h.scenario('cors', { allow: false });
    expect((await get()).headers.get('access-control-allow-origin')).toBeNull();
    await h.scenario('cors', { allow: true });
    expect((await get()).headers.get('access-control-allow-origin')).toBe('http://elsewhere:4173');
  });

  it('--seed repeats the sessions the passive login hands out, and another seed does not', async () => {
    const sessionsOf = async (seed: number) => {
      const m = await harness({ seed });
      const login = async () =>
        ((await (await m.api('/api/login', { json: { passive: true } })).json()) as { session: string }).session;
      const out = [await login(), await login()];
      await m.mock.close();
      return out;
    };
    const a = await sessionsOf(7);
    expect(a[0]).not.toBe(a[1]);
    expect(await sessionsOf(7)).toEqual(a);
    expect((await sessionsOf(8))[0]).not.toBe(a[0]);
  });

  it('revoke-key makes the old key fail with 403', async () => {
    h = await harness();
    expect((await h.api('/api/version')).status).toBe(200);
    await h.scenario('revoke-key', { user: 'admin' });
    expect((await h.api('/api/version')).status).toBe(403);
  });

  it('in strict mode app-key requests wait for a decision: allow gives the key, deny a 404', async () => {
    h = await harness({ strict: true, appkeyDelayMs: 0 });
    const request = async () => {
      const r = (await (await h!.api('/plugin/appkeys/request', { key: null, json: { app: 'Test' } })).json()) as {
        app_token: string;
      };
      return `/plugin/appkeys/request/${r.app_token}`;
    };
    const first = await request();
    expect((await h.api(first, { key: null })).status).toBe(202);
    await h.scenario('appkey-decision', { allow: true });
    const granted = await h.api(first, { key: null });
    expect(granted.status).toBe(200);
    expect(await granted.json()).toEqual({ api_key: h.mock.apiKey });
    const second = await request();
    await h.scenario('appkey-decision', { allow: false });
    expect((await h.api(second, { key: null })).status).toBe(404);
  });
});

describe('webcam scenario', () => {
  it('serves a snapshot and an MJPEG stream, and 503 while down', async () => {
    h = await harness();
    const snap = await h.api('/webcam/snapshot', { key: null });
    expect(snap.headers.get('content-type')).toBe('image/jpeg');
    expect((await snap.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const ctl = new AbortController();
    const stream = await h.api('/webcam/stream', { key: null, signal: ctl.signal });
    expect(stream.headers.get('content-type')).toContain('multipart/x-mixed-replace');
    expect(h.mock.state.webcamStreams).toBe(1);
    ctl.abort();
    await h.scenario('webcam', { down: true });
    expect((await h.api('/webcam/snapshot', { key: null })).status).toBe(503);
    await h.scenario('webcam', { down: false });
    expect((await h.api('/webcam/snapshot', { key: null })).status).toBe(200);
  });
});
