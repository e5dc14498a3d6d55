import { describe, expect, it } from 'vitest';
import { quantile, quantileOf, quantiles, SlidingWindow } from './stats.ts';

describe('quantile', () => {
  it('interpolates between the sorted values and leaves its input as it was', () => {
    const values = [5, 1, 4, 2, 3];
    expect(quantile(values, 0.5)).toBe(3);
    expect(quantile(values, 0.95)).toBeCloseTo(4.8);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(5);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it('sorts numerically, not as text', () => {
    expect(quantile([10, 9, 100], 0.5)).toBe(10);
  });

  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantiles([]).p95).toBeNaN();
  });

  it('gives p50 and p95 from one sort, the same as one at a time', () => {
    const values = Array.from({ length: 20 }, (_, i) => ((i * 7) % 20) + 0.5);
    expect(quantiles(values)).toEqual({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });
  });
});

describe('SlidingWindow', () => {
  it('keeps at most its size and drops what is older than its age', () => {
    const w = new SlidingWindow<{ at: number }>(3, 1000);
    for (const at of [0, 100, 200, 300]) w.push({ at });
    expect(w.current(300).map((x) => x.at)).toEqual([100, 200, 300]);
    expect(w.current(1150).map((x) => x.at)).toEqual([200, 300]);
  });
});

describe('quantiles of items', () => {
  it('reads each item through its getter, with the same result as the values themselves', () => {
    const items = [{ v: 9 }, { v: 1 }, { v: 5 }, { v: 3 }];
    expect(quantiles(items, (x) => x.v)).toEqual(quantiles([9, 1, 5, 3]));
    expect(quantileOf(items, (x) => x.v, 1)).toBe(9);
  });

  it('handles more values than its first scratch buffer holds', () => {
    const values = Array.from({ length: 500 }, (_, i) => 499 - i);
    expect(quantile(values, 0)).toBe(0);
    expect(quantile(values, 1)).toBe(499);
    expect(quantiles(values).p50).toBe(249.5);
  });
});
