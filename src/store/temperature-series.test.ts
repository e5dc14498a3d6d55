import { describe, expect, it } from 'vitest';
import type { TempPoint } from '../octoprint/types.ts';
import { TemperatureSeries } from './temperature-series.ts';

const pt = (time: number, tool0: number, bed = 21.3): TempPoint => ({
  time,
  heaters: { tool0: { actual: tool0, target: 0 }, bed: { actual: bed, target: 0 }, chamber: { actual: null, target: null } },
});

describe('TemperatureSeries', () => {
  it('appends points and leaves out chamber while it only reports nulls', () => {
    const s = new TemperatureSeries(16);
    s.append([pt(100, 21), pt(102, 25)]);
    expect(s.length).toBe(2);
    expect(s.heaters).toEqual(['tool0', 'bed']);
    expect(Array.from(s.view().actual[0] ?? [])).toEqual([21, 25]);
  });

  it('merges a history backlog after a reconnect with no duplicate and no gap', () => {
    const s = new TemperatureSeries(64);
    s.append([pt(100, 21), pt(102, 22), pt(102, 23)]);
    // The server's history holds everything: the two points at 102 we have, then what we missed.
    const added = s.mergeHistory([pt(98, 20), pt(100, 21), pt(102, 22), pt(102, 23), pt(102, 24), pt(104, 25)]);
    expect(added).toBe(2);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102, 102, 104]);
    expect(Array.from(s.view().actual[0] ?? [])).toEqual([21, 22, 23, 24, 25]);
  });

  it('skips offline points that carry no heater values', () => {
    const s = new TemperatureSeries(16);
    expect(s.append([{ time: 5, heaters: {} }])).toBe(0);
    expect(s.length).toBe(0);
  });

  it('stays bounded by capacity and by age', () => {
    const s = new TemperatureSeries(100, 60);
    for (let t = 0; t < 1000; t += 2) s.append([pt(t, t)]);
    expect(s.length).toBeLessThanOrEqual(100);
    expect(s.view().times[0]).toBeGreaterThanOrEqual(998 - 60 - 64 * 2);
    expect(s.lastTime).toBe(998);
  });

  it('fills earlier cells of a heater that appears later with NaN', () => {
    const s = new TemperatureSeries(16);
    s.append([pt(1, 20)]);
    s.append([{ time: 3, heaters: { tool0: { actual: 21, target: 0 }, tool1: { actual: 30, target: 0 } } }]);
    expect(s.heaters).toEqual(['tool0', 'tool1', 'bed']);
    const t1 = Array.from(s.view().actual[1] ?? []);
    expect(Number.isNaN(t1[0])).toBe(true);
    expect(t1[1]).toBe(30);
  });
});
