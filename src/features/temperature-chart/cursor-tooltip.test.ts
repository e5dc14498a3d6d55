import { describe, expect, it } from 'vitest';
import { nearestRow } from './cursor-tooltip.ts';

describe('nearestRow', () => {
  it('finds the row closest in time, at either end too, and none without data', () => {
    const times = new Float64Array([10, 20, 30, 40]);
    expect(nearestRow(times, 24)).toBe(1);
    expect(nearestRow(times, 26)).toBe(2);
    expect(nearestRow(times, 5)).toBe(0);
    expect(nearestRow(times, 99)).toBe(3);
    expect(nearestRow(new Float64Array(0), 1)).toBe(-1);
  });
});
