import { describe, expect, it } from 'vitest';
import { hasReading, lastReading, samePoint } from './temp-points.ts';

const at = (time: number, actual: number | null, target: number | null = 0) => ({
  time,
  heaters: { tool0: { actual, target } },
});
const off = (time: number) => ({ time, heaters: {} });

describe('temperature points', () => {
  it('carry a reading only with a heater that has an actual temperature', () => {
    expect(hasReading(at(1, 20))).toBe(true);
    expect(hasReading(at(1, 0))).toBe(true);
    expect(hasReading(at(1, null))).toBe(false);
    expect(hasReading(off(1))).toBe(false);
  });

  it('find the newest point with a reading, past printer-off points', () => {
    expect(lastReading([at(1, 20), at(2, 21), off(3), off(4)])?.time).toBe(2);
    expect(lastReading([off(1)])).toBeNull();
    expect(lastReading([])).toBeNull();
  });

  it('are the same only with the same time and the same readings for every heater', () => {
    expect(samePoint(at(1, 20, 60), at(1, 20, 60))).toBe(true);
    expect(samePoint(at(1, 20), at(2, 20))).toBe(false);
    expect(samePoint(at(1, 20, 60), at(1, 20, 0))).toBe(false);
    expect(
      samePoint(at(1, 20), { time: 1, heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 } } }),
    ).toBe(false);
  });
});
