import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('reads an explicit list in seconds and repeats its last entry unless told to give up', () => {
    const list = [0, 1, 2];
    expect([0, 1, 2, 3, 9].map((a) => backoffDelay(list, a))).toEqual([0, 1000, 2000, 2000, 2000]);
    expect(backoffDelay(list, 3, true)).toBeNull();
    expect(backoffDelay([], 5)).toBe(0);
  });

  it('grows exponentially with jitter around the base, up to the cap; the first retry is immediate', () => {
    const t = { initialMs: 500, factor: 2, maxMs: 15_000, jitter: 0.3 };
    expect(backoffDelay(t, 0, false, () => 0.5)).toBe(0);
    expect(backoffDelay(t, 1, false, () => 0.5)).toBe(500);
    expect(backoffDelay(t, 3, false, () => 0)).toBe(1400);
    expect(backoffDelay(t, 3, false, () => 1)).toBe(2600);
    expect(backoffDelay(t, 30, false, () => 0.5)).toBe(15_000);
    expect(backoffDelay(t, 30, true, () => 0.5)).toBe(15_000);
  });
});
