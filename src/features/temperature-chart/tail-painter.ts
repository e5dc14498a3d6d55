// Draws only the newest segments of each line onto uPlot's canvas, as uPlot would: a new point costs the same at any window.
import type uPlot from 'uplot';

/**
 * Strokes, for every shown series, the segments from row `from` to the last row, clipped to the plot area, with the
 * series' own colour, width and dash and uPlot's pixel alignment (`dpr` is uPlot.pxRatio). Segments across a gap (a NaN, or readings more than
 * `gapS` apart) are skipped, as the full draw breaks its lines there. uPlot caches the context's style, so the
 * context is saved and restored around the work.
 */
export function paintTail(u: uPlot, from: number, gapS: number, dpr: number): number {
  const xs = u.data[0] as ArrayLike<number>;
  const n = xs.length;
  if (from < 0 || from >= n - 1) return 0;
  const { ctx, bbox } = u;
  const px: number[] = [];
  for (let i = from; i < n; i++) px.push(Math.round(u.valToPos(xs[i] as number, 'x', true)));
  let segments = 0;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  for (let s = 1; s < u.series.length; s++) {
    const ser = u.series[s] as uPlot.Series;
    const ys = u.data[s] as ArrayLike<number | null>;
    if (!ser.show || !ys) continue;
    const width = Math.round((ser.width ?? 1) * dpr * 1000) / 1000;
    const offset = (width % 2) / 2;
    ctx.strokeStyle =
      typeof ser.stroke === 'function' ? (ser.stroke(u, s) as string) : ((ser.stroke as string) ?? '#888');
    ctx.lineWidth = width;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    ctx.setLineDash(ser.dash ?? []);
    ctx.beginPath();
    let pen = false;
    for (let i = from; i < n; i++) {
      const v = ys[i];
      const joined = i > from && (xs[i] as number) - (xs[i - 1] as number) <= gapS;
      if (v == null || Number.isNaN(v)) {
        pen = false;
        continue;
      }
      const x = (px[i - from] as number) + offset;
      const y = Math.round(u.valToPos(v, 'y', true)) + offset;
      if (pen && joined) {
        ctx.lineTo(x, y);
        segments++;
      } else ctx.moveTo(x, y);
      pen = true;
    }
    ctx.stroke();
  }
  ctx.restore();
  return segments;
}
