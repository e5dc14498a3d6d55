// The chart's y scale (OctoPrint's rule) and the server's "now" that the time axis follows.
import type { DashboardStore } from '../../store/dashboard-store.ts';
import type { TemperatureSeries } from '../../store/temperature-series.ts';

export function yMaxOf(series: TemperatureSeries): number {
  return yScaleMax(highestValue(series, 0, series.length));
}

/** OctoPrint's rule: at least 310 °C, or 10 % above the highest value. */
function yScaleMax(max: number): number {
  return Math.max(310, Math.ceil((max * 1.1) / 10) * 10);
}

/** The highest actual or target value in rows [from, to) (0 when none is higher). */
function highestValue(series: TemperatureSeries, from: number, to: number): number {
  let max = 0;
  for (const cols of [series.actual, series.target]) {
    for (const col of cols) {
      for (let i = from; i < to; i++) {
        const v = col[i] as number;
        if (v > max) max = v;
      }
    }
  }
  return max;
}

/**
 * `yMaxOf` for one chart, read on every new point: rows only ever join a series at the end, so the highest value of
 * the rows read before still holds and only the new rows are read. Rows leaving from the front (a trim, every 64 points
 * at most) or a new heater mean a full read. So a new point costs the same at a 5- or a 60-minute window.
 */
export function yMaxTracker(): (series: TemperatureSeries) => number {
  let heaters: readonly string[] | null = null;
  let firstRow = -1;
  let end = 0;
  let max = 0;
  return (series) => {
    const n = series.length;
    if (series.heaters !== heaters || series.firstRow !== firstRow || n < end) {
      heaters = series.heaters;
      firstRow = series.firstRow;
      max = highestValue(series, 0, n);
    } else {
      max = Math.max(max, highestValue(series, end, n));
    }
    end = n;
    return yScaleMax(max);
  };
}

/** Server "now" in epoch seconds: the newest serverTime plus the client time since it arrived. */
export function serverNow(store: DashboardStore, clientNow: number, series: TemperatureSeries): number {
  const s = store.getState();
  if (s.serverTime !== null) return s.serverTime + Math.max(0, clientNow - s.serverTimeAt) / 1000;
  return series.lastTime ?? clientNow / 1000;
}
