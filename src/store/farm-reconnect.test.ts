import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReconnectGate, RECONNECT_LIMIT } from './farm-reconnect.ts';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

/** The most of `times` within any 250 ms. */
const mostWithin = (times: number[]) =>
  Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 250).length));

describe('the reconnect gate', () => {
  it('lets no more than 4 attempts start in any 250 ms, even when all their timers fire at once', () => {
    const gate = createReconnectGate(() => Date.now());
    const starts: number[] = [];
    for (let i = 0; i < 24; i++) gate.schedule(() => starts.push(Date.now()), 100);
    vi.advanceTimersByTime(5000);
    expect(starts).toHaveLength(24);
    expect(mostWithin(starts)).toBe(RECONNECT_LIMIT);
    // 24 attempts, 4 per 250 ms: all started within 1.6 s.
    expect(Math.max(...starts)).toBeLessThan(1700);
  });

  it('starts spread attempts on time', () => {
    const gate = createReconnectGate(() => Date.now());
    const starts: number[] = [];
    for (let i = 0; i < 10; i++) gate.schedule(() => starts.push(Date.now()), 100 * i);
    vi.advanceTimersByTime(2000);
    expect(starts).toEqual(Array.from({ length: 10 }, (_, i) => 100 * i));
  });
});
