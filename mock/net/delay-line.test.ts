import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLEAR_LINE, DelayLine } from './delay-line.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

/** Pushes chunks of `sizes` bytes at once; returns the ms each arrived at. */
function run(line: DelayLine, sizes: number[], shape: Parameters<DelayLine['push']>[1]): number[] {
  const arrived: number[] = [];
  sizes.forEach((bytes, i) => line.push(bytes, shape, () => (arrived[i] = Date.now())));
  return arrived;
}

describe('DelayLine', () => {
  it('passes chunks straight through on a clear line', () => {
    expect(run(new DelayLine(), [10, 20], CLEAR_LINE)).toEqual([0, 0]);
  });

  it('delays every chunk by the latency, in order', async () => {
    const arrived = run(new DelayLine(), [1, 1, 1], { ...CLEAR_LINE, latencyMs: 250 });
    await vi.advanceTimersByTimeAsync(249);
    expect(arrived).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(arrived).toEqual([250, 250, 250]);
  });

  it('carries bytes at the bandwidth: a chunk waits for the ones before it', async () => {
    // 8 kbit/s = 1 byte per ms: 100 bytes take 100 ms each, behind each other, plus 50 ms latency.
    const arrived = run(new DelayLine(), [100, 100, 100], { ...CLEAR_LINE, latencyMs: 50, bytesPerMs: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(arrived).toEqual([150, 250, 350]);
  });

  it('stalls a "lost" chunk and everything behind it, as TCP retransmission does', async () => {
    const rolls = [0.9, 0.1, 0.9];
    const line = new DelayLine(() => rolls.shift() ?? 0.9);
    const arrived = run(line, [1, 1, 1], { latencyMs: 10, bytesPerMs: 0, lossRate: 0.5, stallMs: 1000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(arrived).toEqual([10, 1010, 1010]);
    expect(line.stalls).toBe(1);
  });

  it('keeps order when the latency drops while chunks are queued', async () => {
    const line = new DelayLine();
    const order: string[] = [];
    line.push(1, { ...CLEAR_LINE, latencyMs: 500 }, () => order.push('slow'));
    line.push(1, { ...CLEAR_LINE, latencyMs: 10 }, () => order.push('fast'));
    await vi.advanceTimersByTimeAsync(600);
    expect(order).toEqual(['slow', 'fast']);
  });

  it('drops what is queued when cleared', async () => {
    const line = new DelayLine();
    const arrived = run(line, [1], { ...CLEAR_LINE, latencyMs: 100 });
    line.clear();
    await vi.advanceTimersByTimeAsync(200);
    expect(arrived).toEqual([]);
    expect(line.idle).toBe(true);
  });
});
