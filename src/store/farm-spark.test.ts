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

  it('starts over at a clock step back once the next point agrees with it, losing neither', () => {
    const s = new SparkSeries();
    s.replace([pt(100, 20), pt(102, 21)]);
    s.append([pt(104, 22)]);
    s.append([pt(50, 30)]);
    expect(times(s)).toEqual([100, 102, 104]);
    s.append([pt(52, 31)]);
    expect(times(s)).toEqual([50, 52]);
    expect(s.outliers).toBe(0);
  });

  it('draws no line across the time the printer was off: its bare points are gaps', () => {
    const s = new SparkSeries();
    s.replace([pt(0, 200), { time: 2, heaters: {} }, pt(4, 25)]);
    expect(Number.isNaN(s.tool[s.at(1)])).toBe(true);
    expect(s.tool[s.at(2)]).toBe(25);
  });
});

describe('SparkSeries and readings at impossible times', () => {
  it.each([
    ['far ahead', 1e308],
    ['far behind', 42],
    ['before 1970', -1],
  ])('leaves out one reading %s, counts it, and keeps the line', (_name, time) => {
    const s = new SparkSeries();
    s.replace([pt(1000, 20), pt(1002, 21)]);
    s.append([pt(1004, 22)]);
    const version = s.version;
    s.append([pt(time, 99)]);
    expect(s.version).toBe(version);
    s.append([pt(1006, 23)]);
    expect(times(s)).toEqual([1000, 1002, 1004, 1006]);
    expect(s.tool[s.at(s.length - 1)]).toBe(23);
    expect(s.outliers).toBe(1);
  });

  it('puts a gap at an impossible time right after the newest reading, where the line breaks', () => {
    const s = new SparkSeries();
    s.replace([pt(1000, 20), pt(1002, 21)]);
    s.append([{ time: 1e12, heaters: {} }, pt(1004, 22)]);
    expect(times(s)).toEqual([1000, 1002, 1002, 1004]);
    expect(Number.isNaN(s.tool[s.at(2)])).toBe(true);
  });

  it('settles a held reading with the next history: kept when the server has it, counted when it does not', () => {
    const s = new SparkSeries();
    s.replace([pt(1000, 20), pt(1002, 21)]);
    s.append([pt(1004, 22)]);
    s.append([pt(5, 30)]);
    s.replace([pt(1000, 20), pt(1002, 21), pt(1004, 22), pt(1006, 23)]);
    expect(times(s)).toEqual([1000, 1002, 1004, 1006]);
    expect(s.outliers).toBe(1);
  });
});
