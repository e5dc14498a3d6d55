// The chart's y scale (OctoPrint's rule) and the server's "now" that the time axis follows.
import type { DashboardStore } from '../../store/dashboard-store.ts';
import type { TemperatureSeries } from '../../store/temperature-series.ts';

export function yMaxOf(series: TemperatureSeries): number {
  let max = 0;
  const n = series.length;
  for (const col of [...series.actual, ...series.target]) {
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v > max) max = v;
    }
  }
  // OctoPrint's rule: at least 310 °C, or 10 % above the highest value.
  return Math.max(310, Math.ceil((max * 1.1) / 10) * 10);
}

/** Server "now" in epoch seconds: the newest serverTime plus the client time since it arrived. */
export function serverNow(store: DashboardStore, clientNow: number, series: TemperatureSeries): number {
  const s = store.getState();
  if (s.serverTime !== null) return s.serverTime + Math.max(0, clientNow - s.serverTimeAt) / 1000;
  return series.lastTime ?? clientNow / 1000;
}
