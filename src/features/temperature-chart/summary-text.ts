// The chart in words: each heater's value and target now, and how it moved over the last minutes.
import type { TemperatureSeries } from '../../store/temperature-series.ts';
import { heaterLabel } from './chart-options.ts';

function deg(v: number): string {
  return `${v.toFixed(1)} °C`;
}

/** The value of column `col` at or just after `time`, or NaN. */
function valueAt(series: TemperatureSeries, col: Float64Array, time: number): number {
  for (let i = 0; i < series.length; i++) {
    if ((series.times[i] as number) >= time) {
      const v = col[i] as number;
      if (!Number.isNaN(v)) return v;
    }
  }
  return Number.NaN;
}

export function summarize(series: TemperatureSeries, minutes: number, hidden: readonly string[] = []): string {
  const last = series.lastTime;
  if (last === null) return 'No temperature data yet.';
  const parts: string[] = [];
  series.heaters.forEach((id, h) => {
    if (hidden.includes(id)) return;
    const actual = series.actual[h] as Float64Array;
    const target = series.target[h] as Float64Array;
    const now = actual[series.length - 1] as number;
    if (Number.isNaN(now)) return;
    const t = target[series.length - 1] as number;
    const then = valueAt(series, actual, last - minutes * 60);
    let trend = '';
    if (!Number.isNaN(then)) {
      const d = now - then;
      trend = Math.abs(d) < 1 ? `, steady over the last ${minutes} minutes` : `, ${d > 0 ? 'up' : 'down'} from ${deg(then)} ${minutes} minutes ago`;
    }
    parts.push(`${heaterLabel(id)} ${deg(now)}${Number.isNaN(t) || t === 0 ? ', heater off' : `, target ${deg(t)}`}${trend}.`);
  });
  return parts.length ? parts.join(' ') : 'No temperature data yet.';
}
