// uPlot options for the temperature chart: actual solid, target dashed, fixed scales, no legend (a tooltip instead).
import type uPlot from 'uplot';
import type { Marking } from '../../octoprint/types.ts';
import { heaterColor, heaterLabel } from '../../shared/heaters.ts';
import { currentLocale, t } from '../../shared/i18n.ts';
import { cursorTooltip } from './cursor-tooltip.ts';
import { markingsPlugin } from './markings-plugin.ts';

let clocks: { locale: string; hhmm: Intl.DateTimeFormat; hhmmss: Intl.DateTimeFormat } | null = null;
/** The tick formats of the active language, made again only when the language changes. */
function tickFormats(): NonNullable<typeof clocks> {
  const locale = currentLocale();
  if (clocks?.locale !== locale)
    clocks = {
      locale,
      hhmm: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
      hhmmss: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
    };
  return clocks;
}
/** Time ticks on one line: hours and minutes, with seconds only when the ticks are less than a minute apart. */
export function timeTicks(_u: uPlot, splits: number[], _axis: number, _space: number, incr: number): string[] {
  const formats = tickFormats();
  const f = incr < 60 ? formats.hhmmss : formats.hhmm;
  return splits.map((v) => f.format(v * 1000));
}

/** The names of one heater's two series in the active language (the tooltip reads them from uPlot's series). */
export function seriesLabels(id: string): [string, string] {
  return [t('chart.actual', { name: heaterLabel(id) }), t('chart.targetSeries', { name: heaterLabel(id) })];
}

/** `rgb(r, g, b)` from getComputedStyle, with an alpha. */
export function withAlpha(color: string, alpha: number): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : color;
}

type GapFn = (
  u: uPlot,
  seriesIdx: number,
  idx0: number,
  idx1: number,
  nullGaps: uPlot.Series.Gaps,
) => uPlot.Series.Gaps;

/**
 * Where the printer was off (a gap row) or no reading came for longer than `gapS()` seconds (the link was down): from
 * the reading before to the reading after, in canvas pixels. uPlot spans NaN cells (a heater that joined late), so
 * these gaps are given to it through its gap refiner.
 */
export function offlineGaps(
  gapRows: () => readonly number[],
  gapS: () => number = () => Number.POSITIVE_INFINITY,
): GapFn {
  return (u, _seriesIdx, idx0, idx1, nullGaps) => {
    const xs = u.data[0];
    const gaps = nullGaps.slice();
    const add = (from: number | undefined, to: number | undefined) => {
      if (from != null && to != null)
        gaps.push([Math.round(u.valToPos(from, 'x', true)), Math.round(u.valToPos(to, 'x', true))]);
    };
    for (const i of gapRows()) {
      if (i + 1 < idx0 || i - 1 > idx1) continue;
      add(xs[Math.max(0, i - 1)], xs[Math.min(xs.length - 1, i + 1)]);
    }
    const limit = gapS();
    for (let i = Math.max(1, idx0); i <= idx1; i++) {
      const a = xs[i - 1] as number;
      const b = xs[i] as number;
      if (b - a > limit) add(a, b);
    }
    if (gaps.length === nullGaps.length) return nullGaps;
    // Sorted and merged: a gap row and the long silence around it are one break.
    gaps.sort((a, b) => a[0] - b[0]);
    const merged: uPlot.Series.Gaps = [];
    for (const g of gaps) {
      const last = merged[merged.length - 1];
      if (last && g[0] <= last[1]) last[1] = Math.max(last[1], g[1]);
      else merged.push([g[0], g[1]]);
    }
    return merged;
  };
}

/** Where the printer was off, for the series: the gap refiner. */
export interface OfflineLook {
  gaps: GapFn;
}

/** The two uPlot series (actual, target) of one heater; no dots, so a new point's segment is all that changes. */
export function heaterSeries(id: string, show = true, off?: OfflineLook): [uPlot.Series, uPlot.Series] {
  const color = heaterColor(id);
  const common = { show, spanGaps: false, points: { show: false }, ...(off ? { gaps: off.gaps } : {}) };
  const [actual, target] = seriesLabels(id);
  return [
    { label: actual, stroke: color, width: 2, ...common },
    {
      label: target,
      stroke: `${color}99`,
      width: 1.5,
      dash: [6, 4],
      ...common,
    },
  ];
}

export interface ChartLook {
  /** The current axis/text colour (follows the theme). */
  axisColor(): string;
  stateColor(name: string): string | undefined;
  markings(): readonly Marking[];
}

export function buildOptions(
  width: number,
  height: number,
  look: ChartLook,
  hooks: uPlot.Hooks.Arrays = {},
): uPlot.Options {
  const axisStroke = () => look.axisColor();
  const grid = { stroke: () => withAlpha(look.axisColor(), 0.2), width: 1 };
  const ticks = { stroke: () => withAlpha(look.axisColor(), 0.35), width: 1 };
  const axis = { stroke: axisStroke, grid, ticks };
  return {
    width,
    height,
    series: [{}],
    // Scales are set by the chart itself from the window and the data's max, so uPlot never scans the data.
    scales: { x: { time: true, auto: false }, y: { auto: false } },
    // Ticks at least 90 px apart: a one-line clock label ("04:21:30 PM") never runs into the next.
    axes: [
      { ...axis, space: 90, values: timeTicks },
      { ...axis, values: (_u, t) => t.map((v) => `${v}°`) },
    ],
    legend: { show: false },
    // No cursor dots: uPlot places them on the rows of its last whole redraw; the tooltip finds its own row.
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    plugins: [markingsPlugin(look), cursorTooltip()],
    hooks,
  };
}
