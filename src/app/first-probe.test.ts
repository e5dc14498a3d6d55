// The same-origin probe started at load: its reads leave at once, and the first screen uses it once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const probeServer = vi.fn();
vi.mock('../features/connect-screen/probe-server.ts', () => ({ probeServer }));

const fetchMock = vi.fn();

beforeEach(() => {
  vi.resetModules();
  probeServer.mockReset();
  probeServer.mockResolvedValue({ ok: true, name: 'Printer', version: '1.11.8' });
  fetchMock.mockReset();
  fetchMock.mockImplementation(() => Promise.resolve(new Response('{}')));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('first probe', () => {
  it('the probe started at load is the one the first screen uses, once; a later one asks afresh', async () => {
    const { startFirstProbe, firstProbe } = await import('./first-probe.ts');
    startFirstProbe();
    startFirstProbe();
    await expect(firstProbe()).resolves.toMatchObject({ ok: true, name: 'Printer' });
    expect(probeServer).toHaveBeenCalledTimes(1);
    expect(probeServer.mock.calls[0]?.slice(0, 2)).toEqual(['', null]);
    await firstProbe();
    expect(probeServer).toHaveBeenCalledTimes(2);
    // The later probe reads through the network itself.
    expect(probeServer.mock.calls[1]?.[2]).toBeUndefined();
  });

  it('without an early start, the first screen probes itself', async () => {
    const { firstProbe } = await import('./first-probe.ts');
    await firstProbe();
    expect(probeServer).toHaveBeenCalledTimes(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends both reads before the probe's chunk runs, and hands each over once", async () => {
    const { startFirstProbe, firstProbe } = await import('./first-probe.ts');
    startFirstProbe();
    // Synchronously, at the call: nothing waits for the chunk.
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/version', '/api/settings']);
    const early = fetchMock.mock.results[0]?.value as Promise<Response>;
    await firstProbe();
    const f = probeServer.mock.calls[0]?.[2] as typeof fetch;
    expect(f('/api/version', { method: 'GET' })).toBe(early);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // Asked for a second time: a fresh read.
    void f('/api/version', { method: 'GET' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("aborts an early read when the probe's own timeout fires", async () => {
    const { startFirstProbe, firstProbe } = await import('./first-probe.ts');
    startFirstProbe();
    const earlySignal = (fetchMock.mock.calls[1]?.[1] as RequestInit).signal as AbortSignal;
    await firstProbe();
    const f = probeServer.mock.calls[0]?.[2] as typeof fetch;
    const ctl = new AbortController();
    void f('/api/settings', { method: 'GET', signal: ctl.signal });
    expect(earlySignal.aborted).toBe(false);
    ctl.abort();
    expect(earlySignal.aborted).toBe(true);
  });
});
