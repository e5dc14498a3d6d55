// A chunk's import tried again after a failure, waiting for the browser to be online, and given up after the last pause.
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryImport } from './retry-import.ts';

let onLine = true;
beforeEach(() => {
  vi.useFakeTimers();
  onLine = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => onLine);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('retryImport', () => {
  it('tries again after each pause and resolves with the first success', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('a'))
      .mockRejectedValueOnce(new Error('b'))
      .mockResolvedValue('m');
    const p = retryImport(load, [100, 200]);
    await vi.advanceTimersByTimeAsync(99);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(200);
    await expect(p).resolves.toBe('m');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('waits while the browser is offline, then tries once it is back', async () => {
    onLine = false;
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('m');
    const p = retryImport(load, [100]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load).toHaveBeenCalledTimes(1);
    onLine = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(100);
    await expect(p).resolves.toBe('m');
  });

  it('throws the last failure once every pause is used', async () => {
    const load = vi.fn().mockRejectedValue(new Error('gone'));
    const p = retryImport(load, [10, 10]);
    const settled = expect(p).rejects.toThrow('gone');
    await vi.advanceTimersByTimeAsync(20);
    await settled;
    expect(load).toHaveBeenCalledTimes(3);
  });
});
