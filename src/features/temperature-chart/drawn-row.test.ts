import { describe, expect, it } from 'vitest';
import { newestRow, NOTHING_DRAWN, rowOf } from './drawn-row.ts';

describe('drawn rows', () => {
  it('finds the row drawn last by its time and its rank among the rows of that second', () => {
    const times = [1, 2, 2, 3, 3, 3];
    expect(newestRow(times, 3)).toEqual({ time: 2, rank: 2 });
    expect(newestRow(times, 4)).toEqual({ time: 3, rank: 1 });
    expect(newestRow(times, 0)).toBe(NOTHING_DRAWN);
    // Drawn when the series ended at the first reading of second 3; two more came in that second since.
    expect(rowOf(times, 6, { time: 3, rank: 1 })).toBe(3);
    expect(rowOf(times, 6, { time: 2, rank: 2 })).toBe(2);
  });

  it('says -1 for a row the series no longer holds', () => {
    expect(rowOf([5, 6], 2, { time: 3, rank: 1 })).toBe(-1);
    expect(rowOf([1, 2], 2, { time: 2, rank: 2 })).toBe(-1);
    expect(rowOf([1, 2], 2, NOTHING_DRAWN)).toBe(-1);
  });
});
