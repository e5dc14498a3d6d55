import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { heaterSeries, offlineGaps } from './chart-options.ts';

const fakePlot = (xs: number[]) => ({ data: [xs], valToPos: (v: number) => v * 10 }) as unknown as uPlot;

describe('offline gaps', () => {
  it('breaks the line from the reading before a gap row to the reading after it', () => {
    const refine = offlineGaps(() => [2]);
    expect(refine(fakePlot([100, 102, 103, 400, 402]), 1, 0, 4, [])).toEqual([[1020, 4000]]);
  });

  it('leaves the lines whole without gap rows, and heater series break on gaps instead of spanning them', () => {
    expect(offlineGaps(() => [])(fakePlot([1, 2]), 1, 0, 1, [])).toEqual([]);
    let off = false;
    const [actual, target] = heaterSeries('tool0', true, { gaps: offlineGaps(() => []), endsInGap: () => off });
    expect(actual.spanGaps).toBe(false);
    expect(target.gaps).toBeTypeOf('function');
    // With the cursor away the legend shows the newest reading, and none while the printer is off.
    const plot = { data: [[1, 2], [20, 21]] } as unknown as uPlot;
    const value = actual.value as (u: uPlot, v: number | null, s: number, i: number | null) => string;
    expect(value(plot, null, 1, null)).toBe('21.0 °C');
    off = true;
    expect(value(plot, null, 1, null)).toBe('–');
  });
});
