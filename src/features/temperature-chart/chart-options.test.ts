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
    const [actual, target] = heaterSeries('tool0', true, offlineGaps(() => []));
    expect(actual.spanGaps).toBe(false);
    expect(target.gaps).toBeTypeOf('function');
  });
});
