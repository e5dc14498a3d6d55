import { describe, expect, it } from 'vitest';
import type { TempPoint } from '../octoprint/types.ts';
import { TemperatureSeries } from './temperature-series.ts';

const pt = (time: number, tool0: number, bed = 21.3): TempPoint => ({
  time,
  heaters: {
    tool0: { actual: tool0, target: 0 },
    bed: { actual: bed, target: 0 },
    chamber: { actual: null, target: null },
  },
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

describe('TemperatureSeries on a real server', () => {
  it('keeps no duplicate point at the join of a history and the current after it', () => {
    const s = new TemperatureSeries(64);
    s.mergeHistory([pt(100, 21), pt(102, 22)]);
    // The first current repeats the point that waited in the socket's backlog while the history was built.
    s.append([pt(102, 22), pt(102, 22.4), pt(104, 23)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102, 104]);
    expect(Array.from(s.view().actual[0] ?? [])).toEqual([21, 22, 22.4, 23]);
  });

  it('turns an offline point into one gap row (all NaN) so the chart breaks its lines', () => {
    let now = 0;
    const s = new TemperatureSeries(64, 3600, () => now);
    s.append([pt(100, 21), pt(102, 22)]);
    const offline = { time: 103, heaters: {} };
    s.append([offline]);
    s.append([offline]);
    expect(s.gapRows()).toEqual([2]);
    expect(Number.isNaN(s.view().actual[0]?.[2])).toBe(true);
    now = 298_000;
    s.append([pt(400, 30)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 103, 400]);
    expect(s.gapRows()).toEqual([2]);
  });

  it('restarts on a server clock step back of 1 h and drops no new point', () => {
    let now = 0;
    const s = new TemperatureSeries(64, 3600, () => now);
    for (let t = 0; t < 10; t++) {
      now = t * 2000;
      s.append([pt(10_000 + t * 2, 20 + t)]);
    }
    now += 2000;
    s.append([pt(10_020 - 3600, 40)]);
    now += 2000;
    s.append([pt(10_022 - 3600, 41)]);
    expect(Array.from(s.view().times)).toEqual([10_020 - 3600, 10_022 - 3600]);
    expect(s.clockSteps).toEqual([{ at: 10_020 - 3600, delta: -3600 }]);
  });

  it('goes on through a step forward of 1 h, noting it, and calls a long silence that matches the time that passed none', () => {
    let now = 0;
    const s = new TemperatureSeries(64, 7200, () => now);
    s.append([pt(10_000, 20)]);
    now = 600_000;
    s.append([pt(10_600, 21)]);
    expect(s.clockSteps).toEqual([]);
    now += 2000;
    s.append([pt(10_602 + 3600, 22)]);
    now += 2000;
    s.append([pt(10_604 + 3600, 23)]);
    expect(s.clockSteps).toEqual([{ at: 14_202, delta: 3600 }]);
    expect(Array.from(s.view().times)).toEqual([10_000, 10_600, 14_202, 14_204]);
  });

  it('loses nothing when a sped-up server runs minutes ahead across a short outage', () => {
    let now = 0;
    const s = new TemperatureSeries(512, 3600, () => now);
    s.append([pt(10_000, 20)]);
    now = 1500;
    // 240x: 1.5 s of outage is 6 minutes of printer time.
    s.mergeHistory([pt(10_000, 20), ...Array.from({ length: 180 }, (_, i) => pt(10_002 + 2 * i, 21))]);
    expect(s.length).toBe(181);
  });

  it('starts over when a history after a reconnect is on a clock that went back', () => {
    let now = 0;
    const s = new TemperatureSeries(64, 3600, () => now);
    s.append([pt(10_000, 20)]);
    now = 30_000;
    s.mergeHistory([pt(6_420, 21), pt(6_422, 22)]);
    expect(Array.from(s.view().times)).toEqual([6_420, 6_422]);
    expect(s.clockSteps).toHaveLength(1);
  });

  it('takes a history that spans a time the printer was off without calling it a clock step', () => {
    let now = 0;
    const s = new TemperatureSeries(64, 3600, () => now);
    s.append([pt(10_000, 20)]);
    now = 900_000;
    s.mergeHistory([pt(10_000, 20), pt(10_002, 21), { time: 10_003, heaters: {} }, pt(10_600, 22), pt(10_900, 23)]);
    expect(s.clockSteps).toEqual([]);
    expect(Array.from(s.view().times)).toEqual([10_000, 10_002, 10_003, 10_600, 10_900]);
    expect(s.gapRows()).toEqual([2]);
  });

  it('says when the printer is off now', () => {
    const s = new TemperatureSeries(16);
    s.append([pt(100, 21)]);
    expect(s.endsInGap).toBe(false);
    s.append([{ time: 101, heaters: {} }]);
    expect(s.endsInGap).toBe(true);
  });
});

describe('TemperatureSeries join', () => {
  it('drops only the repeats of the history end, not a later identical reading in the same second', () => {
    const s = new TemperatureSeries(64);
    s.mergeHistory([pt(100, 21), pt(102, 21.3)]);
    // The repeat, then a new report of the same values in the same second (an idle printer polled twice).
    s.append([pt(102, 21.3), pt(102, 21.3)]);
    s.append([pt(102, 21.3)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102, 102]);
  });

  it('repeats nothing after the first history of a connection: an equal reading in the same second is new', () => {
    const s = new TemperatureSeries(64);
    s.mergeHistory([pt(100, 21), pt(102, 21.3)], { firstOnConnection: true });
    s.append([pt(102, 21.3), pt(103, 21.3)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102, 103]);
  });

  it('expects again only the points a later history added, not those a current already carried', () => {
    const s = new TemperatureSeries(64);
    s.mergeHistory([pt(100, 21)], { firstOnConnection: true });
    s.append([pt(102, 21.3)]);
    // Re-subscribed: the history ends with the point already held; no backlog holds it any more.
    s.mergeHistory([pt(100, 21), pt(102, 21.3)]);
    s.append([pt(102, 21.3)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102]);
    // Re-subscribed with a point still in the backlog: the history adds it, the next current repeats it.
    s.mergeHistory([pt(100, 21), pt(102, 21.3), pt(102, 21.3), pt(104, 22)]);
    s.append([pt(104, 22), pt(104, 22)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102, 104, 104]);
  });

  it('expects the points of two histories in a row, with no current between them, again once each', () => {
    const s = new TemperatureSeries(64);
    s.mergeHistory([pt(100, 21)], { firstOnConnection: true });
    // Two re-logins: the first history adds a reading at 102 from the backlog, the second holds it (now ours) and a
    // second equal reading of the same second.
    s.mergeHistory([pt(100, 21), pt(102, 21.3)]);
    s.mergeHistory([pt(100, 21), pt(102, 21.3), pt(102, 21.3)]);
    // The backlog still holds both: the current repeats them, then brings a new reading.
    s.append([pt(102, 21.3), pt(102, 21.3), pt(104, 21.4)]);
    expect(Array.from(s.view().times)).toEqual([100, 102, 102, 104]);
  });

  it('takes a current repeating a backlog older than a clock step after histories as repeats, losing nothing', () => {
    // A socket logged out by reauthRequired gets no `current`, so its backlog grows; each re-login asks for a history
    // (docs/octoprint-semantics.md §1-3). The first `current` after them repeats the whole backlog, 12 s of it here:
    // before, its oldest point read as the server's clock going back, the series started over, and the histories'
    // newest points, expected again, were dropped from it (an e2e run lost 3 of 44 points).
    let now = 0;
    const s = new TemperatureSeries(256, 3600, () => now);
    const run = (from: number, to: number) =>
      Array.from({ length: (to - from) / 2 + 1 }, (_, i) => pt(from + 2 * i, 20));
    s.mergeHistory(run(40, 74), { firstOnConnection: true });
    now += 250;
    s.append([pt(76, 20)]);
    now += 500;
    s.mergeHistory(run(40, 82));
    now += 350;
    s.mergeHistory(run(40, 86));
    now += 120;
    s.mergeHistory(run(40, 88));
    now += 300;
    s.append(run(78, 90));
    expect(Array.from(s.view().times)).toEqual(run(40, 90).map((p) => p.time));
    expect(s.clockSteps).toEqual([]);
    // A real step back afterwards still restarts the series, once the next point agrees with it.
    now += 500;
    s.append([pt(20, 20)]);
    now += 2000;
    s.append([pt(22, 20)]);
    expect(Array.from(s.view().times)).toEqual([20, 22]);
  });

  describe('a point whose time fits no clock (a garbled or hostile message)', () => {
    const stream = (s: TemperatureSeries, clock: { now: number }, from: number, n: number) => {
      for (let i = 0; i < n; i++) {
        clock.now += 2000;
        s.append([pt(from + 2 * i, 20 + i)]);
      }
    };

    it.each([
      ['far ahead', 1e308],
      ['ten years ahead', 10_000 + 10 * 365 * 86_400],
      ['far behind', 42],
      ['before 1970', -1],
    ])('%s: is left out and counted; the chart keeps every point and its clock', (_, time) => {
      const clock = { now: 0 };
      const s = new TemperatureSeries(64, 3600, () => clock.now);
      stream(s, clock, 10_000, 5);
      clock.now += 100;
      expect(s.append([pt(time, 99)])).toBe(0);
      stream(s, clock, 10_010, 3);
      expect(Array.from(s.view().times)).toEqual([10_000, 10_002, 10_004, 10_006, 10_008, 10_010, 10_012, 10_014]);
      expect(s.counts.outliers).toBe(1);
      expect(s.clockSteps).toEqual([]);
    });

    it('a gap row at such a time is placed after the newest point and does not move the clock', () => {
      const clock = { now: 0 };
      const s = new TemperatureSeries(64, 3600, () => clock.now);
      stream(s, clock, 10_000, 3);
      s.append([{ time: 1e308, heaters: {} }]);
      stream(s, clock, 10_006, 2);
      expect(Array.from(s.view().times)).toEqual([10_000, 10_002, 10_004, 10_004, 10_006, 10_008]);
      expect(s.gapRows()).toEqual([3]);
      expect(s.clockSteps).toEqual([]);
    });

    it('a real step loses no point: the first point on the new clock is added with the next one', () => {
      const clock = { now: 0 };
      const s = new TemperatureSeries(64, 7200, () => clock.now);
      stream(s, clock, 10_000, 3);
      clock.now += 2000;
      s.append([pt(10_006 + 3600, 30)]);
      expect(s.length).toBe(3);
      clock.now += 2000;
      s.append([pt(10_008 + 3600, 31)]);
      expect(Array.from(s.view().times)).toEqual([10_000, 10_002, 10_004, 13_606, 13_608]);
      expect(s.clockSteps).toEqual([{ at: 13_606, delta: 3600 }]);
      expect(s.counts.outliers).toBe(0);
    });

    it('a history meanwhile settles a held point it does not carry: left out and counted, nothing doubles', () => {
      const clock = { now: 0 };
      const s = new TemperatureSeries(64, 3600, () => clock.now);
      stream(s, clock, 10_000, 3);
      clock.now += 2000;
      s.append([pt(1e12, 30)]);
      s.mergeHistory([pt(10_000, 20), pt(10_002, 21), pt(10_004, 22), pt(10_006, 23)]);
      stream(s, clock, 10_008, 1);
      expect(Array.from(s.view().times)).toEqual([10_000, 10_002, 10_004, 10_006, 10_008]);
      expect(s.counts.outliers).toBe(1);
    });

    it("a held point that a history meanwhile also carries is the server's: added by the history, not counted", () => {
      const clock = { now: 0 };
      const s = new TemperatureSeries(64, 7200, () => clock.now);
      stream(s, clock, 10_000, 3);
      clock.now += 2000;
      s.append([pt(13_606, 30)]);
      s.mergeHistory([pt(10_002, 21), pt(10_004, 22), pt(13_606, 30)]);
      expect(Array.from(s.view().times)).toEqual([10_000, 10_002, 10_004, 13_606]);
      expect(s.counts.outliers).toBe(0);
    });
  });
});
