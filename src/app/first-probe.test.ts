// The same-origin probe started at load: used once by the first screen.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const probeServer = vi.fn();
vi.mock('../features/connect-screen/probe-server.ts', () => ({ probeServer }));

beforeEach(() => {
  vi.resetModules();
  probeServer.mockReset();
  probeServer.mockResolvedValue({ ok: true, name: 'Printer', version: '1.11.8' });
});

describe('first probe', () => {
  it('the probe started at load is the one the first screen uses, once; a later one asks afresh', async () => {
    const { startFirstProbe, firstProbe } = await import('./first-probe.ts');
    startFirstProbe();
    startFirstProbe();
    await expect(firstProbe()).resolves.toMatchObject({ ok: true, name: 'Printer' });
    expect(probeServer).toHaveBeenCalledTimes(1);
    expect(probeServer).toHaveBeenCalledWith('', null);
    await firstProbe();
    expect(probeServer).toHaveBeenCalledTimes(2);
  });

  it('without an early start, the first screen probes itself', async () => {
    const { firstProbe } = await import('./first-probe.ts');
    await firstProbe();
    expect(probeServer).toHaveBeenCalledTimes(1);
  });
});
