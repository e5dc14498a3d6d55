// uPlot options for the temperature chart: actual solid, target dashed, theme colours read at draw time, fixed scales.
import type uPlot from 'uplot';
import type { Marking } from '../../octoprint/types.ts';
import { formatClock, formatTemperature } from '../../shared/format.ts';
import { heaterColor, heaterLabel } from '../../shared/heaters.ts';
import { markingsPlugin } from './markings-plugin.ts';

/** The newest value of a column that is not a gap. */
function latest(col: ArrayLike<number | null | undefined> | undefined): number | null {
  if (!col) return null;
  for (let i = col.length - 1; i >= 0; i--) {
    const v = col[i];
    if (v != null && !Number.isNaN(v)) return v;
  }
  return null;
}

/** The value under the cursor; with the cursor away from the chart, the newest one (as Mainsail's legend does). */
const fmt = (u: uPlot, v: number | null, sidx: number, idx: number | null) => formatTemperature(idx == null ? latest(u.data[sidx]) : v);

/** The time under the cursor, or "now" when the legend shows the newest values. */
const timeValue = (_u: uPlot, v: number | null, _sidx: number, idx: number | null) => (idx == null ? 'now' : v == null ? '–' : formatClock(v * 1000, true));

/** `rgb(r, g, b)` from getComputedStyle, with an alpha. */
export function withAlpha(color: string, alpha: number): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : color;
}

type GapFn = (u: uPlot, seriesIdx: number, idx0: number, idx1: number, nullGaps: uPlot.Series.Gaps) => uPlot.Series.Gaps;

/**
 * Where the printer was off: from the reading before each gap row to the reading after it, in canvas pixels. uPlot
 * spans NaN cells (a heater that joined late), so the offline gaps are given to it through its gap refiner.
 */
export function offlineGaps(gapRows: () => readonly number[]): GapFn {
  return (u, _seriesIdx, idx0, idx1, nullGaps) => {
    const rows = gapRows();
    if (rows.length === 0) return nullGaps;
    const xs = u.data[0];
    const gaps = nullGaps.slice();
    for (const i of rows) {
      if (i + 1 < idx0 || i - 1 > idx1) continue;
      const from = xs[Math.max(0, i - 1)];
      const to = xs[Math.min(xs.length - 1, i + 1)];
      if (from == null || to == null) continue;
      gaps.push([Math.round(u.valToPos(from, 'x', true)), Math.round(u.valToPos(to, 'x', true))]);
    }
    return gaps.sort((a, b) => a[0] - b[0]);
  };
}

/** Where the printer was off, for the series: the gap refiner, and whether it is off now (the legend then shows none). */
export interface OfflineLook {
  gaps: GapFn;
  endsInGap(): boolean;
}

/** The two uPlot series (actual, target) of one heater. */
export function heaterSeries(id: string, show = true, off?: OfflineLook): [uPlot.Series, uPlot.Series] {
  const color = heaterColor(id);
  const value = off ? (u: uPlot, v: number | null, sidx: number, idx: number | null) => (idx == null && off.endsInGap() ? '–' : fmt(u, v, sidx, idx)) : fmt;
  const common = { value, show, spanGaps: false, ...(off ? { gaps: off.gaps } : {}) };
  return [
    { label: `${heaterLabel(id)} actual`, stroke: color, width: 2, ...common },
    { label: `${heaterLabel(id)} target`, stroke: `${color}99`, width: 1.5, dash: [6, 4], ...common },
  ];
}

export interface ChartLook {
  /** The current axis/text colour (follows the theme). */
  axisColor(): string;
  markings(): readonly Marking[];
}

export function buildOptions(width: number, height: number, look: ChartLook, hooks: uPlot.Hooks.Arrays = {}): uPlot.Options {
  const axisStroke = () => look.axisColor();
  const grid = { stroke: () => withAlpha(look.axisColor(), 0.2), width: 1 };
  const ticks = { stroke: () => withAlpha(look.axisColor(), 0.35), width: 1 };
  const axis = { stroke: axisStroke, grid, ticks };
  return {
    width,
    height,
    series: [{ value: timeValue }],
    // Scales are set by the chart itself from the window and the data's max, so uPlot never scans the data.
    scales: { x: { time: true, auto: false }, y: { auto: false } },
    axes: [axis, { ...axis, values: (_u, t) => t.map((v) => `${v}°`) }],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
    plugins: [markingsPlugin(look)],
    hooks,
  };
}
