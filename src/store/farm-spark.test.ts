import { describe, expect, it } from 'vitest';
import { SparkSeries } from './farm-spark.ts';

const pt = (time: number, tool: number) => ({
  time,
  heaters: { tool0: { actual: tool, target: 0 }, bed: { actual: 20, target: 0 } },
});

const times = (s: SparkSeries) => Array.from({ length: s.length }, (_, i) => s.time[s.at(i)]);

describe('SparkSeries after a history', () => {
  it("skips the first current's repeat of the backlog the socket held while its state was off", () => {
    const s = new SparkSeries();
    s.append([pt(0, 20), pt(2, 21)]);
    // State off from 2 s to 40 s; the history on turning it back on holds all of it, the next current repeats it.
    const history = Array.from({ length: 21 }, (_, i) => pt(i * 2, 20 + i));
    s.replace(history);
    s.append([...history.slice(2), pt(42, 41)]);
    expect(times(s)).toEqual([...history.map((p) => p.time), 42]);
    expect(s.tool[s.at(s.length - 1)]).toBe(41);
  });

  it('keeps every point of a second history that came with no current between', () => {
    const s = new SparkSeries();
    s.replace([pt(100, 20), pt(102, 21)]);
    s.replace([pt(96, 18), pt(98, 19), pt(100, 20), pt(102, 21), pt(104, 22)]);
    expect(times(s)).toEqual([96, 98, 100, 102, 104]);
  });

  it('treats an older point in a later current as a clock step back, as before', () => {
    const s = new SparkSeries();
    s.replace([pt(100, 20), pt(102, 21)]);
    s.append([pt(104, 22)]);
    s.append([pt(50, 30)]);
    expect(times(s)).toEqual([50]);
  });

  it('draws no line across the time the printer was off: its bare points are gaps', () => {
    const s = new SparkSeries();
    s.replace([pt(0, 200), { time: 2, heaters: {} }, pt(4, 25)]);
    expect(Number.isNaN(s.tool[s.at(1)])).toBe(true);
    expect(s.tool[s.at(2)]).toBe(25);
  });
});
