import { describe, expect, it } from 'vitest';
import { chartCsv, csvCell, eventsCsv } from './chart-export.ts';
import { TemperatureSeries } from './temperature-series.ts';

describe('chart and event CSV', () => {
  it('has one row per point of the window, ISO times and each heater actual and target', () => {
    const s = new TemperatureSeries();
    for (let i = 0; i < 10; i++)
      s.append([
        {
          time: 1_700_000_000 + i * 60,
          heaters: { tool0: { actual: 20 + i, target: 200 }, bed: { actual: 60, target: 60 } },
        },
      ]);
    const all = chartCsv(s.view(), 60).trim().split('\n');
    expect(all).toHaveLength(11);
    expect(all[0]).toBe('time,tool0 actual,tool0 target,bed actual,bed target');
    expect(all[1]).toBe('2023-11-14T22:13:20.000Z,20,200,60,60');
    // A 5-minute window: the newest point and those within 5 minutes of it.
    expect(chartCsv(s.view(), 5).trim().split('\n')).toHaveLength(7);
  });

  it('defuses spreadsheet formulas and quotes commas in network text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(Number.NaN)).toBe('');
    const csv = eventsCsv([
      { id: 2, at: 2000, type: 'PrintDone', category: 'print', text: 'Print done' },
      { id: 1, at: 1000, type: 'PrintStarted', category: 'print', text: '<b>x</b>, started' },
    ]);
    expect(csv.trim().split('\n')).toEqual([
      'time,type,category,text',
      '1970-01-01T00:00:01.000Z,PrintStarted,print,"<b>x</b>, started"',
      '1970-01-01T00:00:02.000Z,PrintDone,print,Print done',
    ]);
  });
});
