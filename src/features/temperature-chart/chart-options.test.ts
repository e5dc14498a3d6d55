import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { heaterSeries, offlineGaps } from './chart-options.ts';

const fakePlot = (xs: number[]) => ({ data: [xs], valToPos: (v: number) => v * 10 }) as unknown as uPlot;

describe('offline gaps', () => {
  it('breaks the line from the reading before a gap row to the reading after it', () => {
    const refine = offlineGaps(() => [2]);
    expect(refine(fakePlot([100, 102, 103, 400, 402]), 1, 0, 4, [])).toEqual([[1020, 4000]]);
  });

  it('breaks the line where readings are further apart than the gap limit (the link was down), merged with gap rows', () => {
    const refine = offlineGaps(
      () => [],
      () => 20,
    );
    expect(refine(fakePlot([100, 102, 104, 300, 302]), 1, 0, 4, [])).toEqual([[1040, 3000]]);
    const both = offlineGaps(
      () => [2],
      () => 20,
    );
    expect(both(fakePlot([100, 102, 103, 400, 402]), 1, 0, 4, [])).toEqual([[1020, 4000]]);
  });

  it('leaves the lines whole without gaps, and heater series break on gaps instead of spanning them', () => {
    const none: uPlot.Series.Gaps = [];
    expect(
      offlineGaps(
        () => [],
        () => 20,
      )(fakePlot([1, 2, 3]), 1, 0, 2, none),
    ).toBe(none);
    const [actual, target] = heaterSeries('tool0', true, { gaps: offlineGaps(() => []) });
    expect(actual.spanGaps).toBe(false);
    expect(target.gaps).toBeTypeOf('function');
    expect(target.dash).toEqual([6, 4]);
  });
});
