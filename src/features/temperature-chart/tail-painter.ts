// Draws only the newest segments of each line onto uPlot's canvas, as uPlot would: a new point costs the same at any window.
import type uPlot from 'uplot';
import { shallowEqual } from '../../shared/shallow-equal.ts';

/** How far back a pixel column's drawn rows are read: a column holds a few rows at any window this chart offers. */
const COLUMN_LOOKBACK = 64;

/**
 * Strokes, for every shown series, the segments from row `from` to the last row, clipped to the plot area (only when a
 * line could reach past it), with the series' own colour, width and dash and uPlot's pixel alignment (`dpr` is
 * uPlot.pxRatio), in uPlot's order. Segments across a gap (a NaN, or readings more than `gapS` apart) are skipped,
 * as the full draw breaks its lines there. A segment that stays inside the pixel column of its start and within the
 * rows already drawn there adds no pixel (at a 30-minute window on a phone a column holds several readings), so it is
 * not stroked; when no series has a pixel to add, the canvas is not touched at all and the
 * browser has nothing of the chart to paint again. uPlot caches the context's style, so the context is saved and
 * restored around the work. Returns the segments stroked.
 */
export function paintTail(u: uPlot, from: number, gapS: number, dpr: number): number {
  const xs = u.data[0] as ArrayLike<number>;
  const n = xs.length;
  if (from < 0 || from >= n - 1) return 0;
  const px = (i: number) => Math.round(u.valToPos(xs[i] as number, 'x', true));
  const cols: number[] = [];
  for (let i = from; i < n; i++) cols.push(px(i));
  const paths: { s: number; pts: number[]; width: number; dash: number[] }[] = [];
  let segments = 0;
  let reach = 0;
  for (let s = 1; s < u.series.length; s++) {
    const ser = u.series[s] as uPlot.Series;
    const ys = u.data[s] as ArrayLike<number | null>;
    if (!ser.show || !ys) continue;
    const pts = newSegments(u, ys, xs, cols, from, gapS, px);
    if (pts.length === 0) continue;
    const width = Math.round((ser.width ?? 1) * dpr * 1000) / 1000;
    reach = Math.max(reach, width / 2 + 1);
    paths.push({ s, pts, width, dash: ser.dash ?? NO_DASH });
    segments += pts.length / 4;
  }
  if (paths.length === 0) return 0;
  const { ctx, bbox } = u;
  ctx.save();
  // uPlot clips its lines to the plot area; the tail needs the same clip only when a line could reach past it.
  if (paths.some((p) => !inside(p.pts, bbox, reach))) {
    ctx.beginPath();
    ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
    ctx.clip();
  }
  // Each canvas call in a calm update is slow (it is the page's first touch of the canvas since the last frame, 0.2 to
  // 0.3 ms for a dozen calls at 1x): join and cap are set once, width and dash only when they change.
  ctx.lineJoin = 'round';
  ctx.lineCap = 'butt';
  let dash: number[] | null = null;
  let lineWidth = Number.NaN;
  for (const { s, pts, width, dash: want } of paths) {
    const ser = u.series[s] as uPlot.Series;
    const offset = (width % 2) / 2;
    ctx.strokeStyle =
      typeof ser.stroke === 'function' ? (ser.stroke(u, s) as string) : ((ser.stroke as string) ?? '#888');
    if (width !== lineWidth) ctx.lineWidth = lineWidth = width;
    if (dash === null || !shallowEqual(dash, want)) ctx.setLineDash((dash = want));
    // A dash pattern starts afresh with each stroke, so a tail of a pixel or two was all dash: the target lines drew
    // solid until the next full redraw. Its phase is tied to the canvas column instead, so the tails join as dashes.
    if (want.length > 0) ctx.lineDashOffset = dashPhase(want, pts[0] as number);
    ctx.beginPath();
    let penX = Number.NaN;
    let penY = Number.NaN;
    for (let k = 0; k < pts.length; k += 4) {
      const x0 = pts[k] as number;
      const y0 = pts[k + 1] as number;
      const x1 = pts[k + 2] as number;
      const y1 = pts[k + 3] as number;
      if (x0 !== penX || y0 !== penY) ctx.moveTo(x0 + offset, y0 + offset);
      ctx.lineTo(x1 + offset, y1 + offset);
      penX = x1;
      penY = y1;
    }
    ctx.stroke();
  }
  ctx.restore();
  return segments;
}

const NO_DASH: number[] = [];

/** Where a dash pattern stands at canvas column `x`, counting from column 0. */
function dashPhase(dash: readonly number[], x: number): number {
  let period = 0;
  for (const d of dash) period += d;
  return period > 0 ? ((x % period) + period) % period : 0;
}

/** Whether every point of a path, widened by `reach` pixels, lies inside the plot area. */
function inside(pts: readonly number[], bbox: uPlot.BBox, reach: number): boolean {
  const right = bbox.left + bbox.width;
  const bottom = bbox.top + bbox.height;
  for (let k = 0; k < pts.length; k += 2) {
    const x = pts[k] as number;
    const y = pts[k + 1] as number;
    if (x - reach < bbox.left || x + reach > right || y - reach < bbox.top || y + reach > bottom) return false;
  }
  return true;
}

/**
 * The segments (x0, y0, x1, y1 in canvas pixels, four numbers each) that row `from + 1` onwards add to one series'
 * line. The pixel column of the newest drawn row is read back first: the rows drawn in it span [lo, hi] there.
 */
function newSegments(
  u: uPlot,
  ys: ArrayLike<number | null>,
  xs: ArrayLike<number>,
  cols: readonly number[],
  from: number,
  gapS: number,
  px: (i: number) => number,
): number[] {
  const valid = (i: number) => {
    const v = ys[i];
    return v != null && !Number.isNaN(v);
  };
  const py = (i: number) => Math.round(u.valToPos(ys[i] as number, 'y', true));
  const joined = (i: number) => (xs[i] as number) - (xs[i - 1] as number) <= gapS;
  const out: number[] = [];
  let pen = valid(from);
  let col = cols[0] as number;
  let y = pen ? py(from) : 0;
  let lo = y;
  let hi = y;
  // The rows before `from` in the same column, joined to it: their vertical strokes are on the canvas already.
  for (let i = from; pen && i > 0 && i > from - COLUMN_LOOKBACK && joined(i) && valid(i - 1); i--) {
    if (px(i - 1) !== col) break;
    const v = py(i - 1);
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  for (let i = from + 1; i < xs.length; i++) {
    if (!valid(i)) {
      pen = false;
      continue;
    }
    const x = cols[i - from] as number;
    const v = py(i);
    if (pen && joined(i)) {
      if (x !== col) {
        out.push(col, y, x, v);
        lo = v;
        hi = v;
      } else if (v < lo || v > hi) {
        out.push(col, y, x, v);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    } else {
      lo = v;
      hi = v;
    }
    col = x;
    y = v;
    pen = true;
  }
  return out;
}
