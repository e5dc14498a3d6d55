import { describe, expect, it } from 'vitest';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { yMaxOf, yMaxTracker } from './chart-scales.ts';

const point = (time: number, tool0: number, bed?: number) => ({
  time,
  heaters: {
    tool0: { actual: tool0, target: 0 },
    ...(bed === undefined ? {} : { bed: { actual: bed, target: 60 } }),
  },
});

describe('yMaxTracker', () => {
  it('agrees with a full read through appends, trims, a new heater and a restart', () => {
    // A small buffer and a 100 s age limit: rows leave from the front often.
    const s = new TemperatureSeries(16, 100, () => 0);
    const yMax = yMaxTracker();
    const seen: number[] = [];
    const check = () => {
      seen.push(yMax(s));
      expect(seen[seen.length - 1]).toBe(yMaxOf(s));
    };
    check();
    // A peak of 400 °C that later ages out: the scale must come back down, not keep the old peak.
    s.append([point(1, 200), point(2, 400), point(3, 210)]);
    check();
    for (let t = 4; t < 200; t++) {
      s.append([point(t, 200 + (t % 7))]);
      check();
    }
    expect(seen).toContain(450);
    expect(seen[seen.length - 1]).toBe(310);
    s.append([point(200, 205, 330)]);
    check();
    expect(seen[seen.length - 1]).toBe(370);
    s.clear();
    check();
    expect(seen[seen.length - 1]).toBe(310);
  });

  it('reads all again when rows left the front in a batch that still grew the series', () => {
    const s = new TemperatureSeries(4096, 100, () => 0);
    s.append([point(0, 200), point(1, 400), ...Array.from({ length: 98 }, (_, i) => point(i + 2, 200))]);
    const yMax = yMaxTracker();
    expect(yMax(s)).toBe(450);
    // One message of 81 points: the first 65 rows (the peak among them) age out on the way, yet the series is longer.
    s.append(Array.from({ length: 81 }, (_, i) => point(i + 100, 200)));
    expect(s.length).toBeGreaterThan(100);
    expect(yMax(s)).toBe(yMaxOf(s));
    expect(yMax(s)).toBe(310);
  });

  it('reads only the new rows while no row left the front', () => {
    const s = new TemperatureSeries(4096, 3600, () => 0);
    for (let t = 0; t < 1000; t++) s.append([point(t, 200)]);
    const yMax = yMaxTracker();
    yMax(s);
    let reads = 0;
    const actual = s.actual[0] as Float64Array;
    // Counts the cells read through a proxy of the column: a full read would touch all 1,000 rows again.
    s.actual[0] = new Proxy(actual, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        const v = Reflect.get(target, key, target) as unknown;
        return typeof v === 'function' ? (v as () => unknown).bind(target) : v;
      },
    });
    s.append([point(1000, 290)]);
    expect(yMax(s)).toBe(320);
    expect(reads).toBe(1);
  });
});
