import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { paintTail } from './tail-painter.ts';

/** A plot stand-in whose context records the path calls; x and y map to pixels one to one. */
function fakePlot(xs: number[], ys: number[], show = true) {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get:
      (_t, k) =>
      (...args: number[]) =>
        calls.push(`${String(k)}(${args.map((a) => (typeof a === 'number' ? Math.round(a) : a)).join(',')})`),
    set: (_t, k, v) => {
      calls.push(`${String(k)}=${typeof v === 'number' ? Math.round(v) : String(v)}`);
      return true;
    },
  });
  const u = {
    data: [xs, ys],
    series: [{}, { show, width: 2, stroke: '#f00', dash: undefined }],
    ctx,
    bbox: { left: 0, top: 0, width: 100, height: 100 },
    valToPos: (v: number) => v,
  } as unknown as uPlot;
  return { u, calls };
}

describe('paintTail', () => {
  it('strokes only the segments after the last drawn row, and restores the context', () => {
    const { u, calls } = fakePlot([1, 2, 3, 4], [10, 11, 12, 13]);
    expect(paintTail(u, 2, 20, 1)).toBe(1);
    expect(calls.filter((c) => /^(moveTo|lineTo)/.test(c))).toEqual(['moveTo(3,12)', 'lineTo(4,13)']);
    expect(calls[0]).toBe('save()');
    expect(calls.at(-1)).toBe('restore()');
  });

  it('clips to the plot only when a line could reach past it', () => {
    const inside = fakePlot([10, 20, 30], [50, 60, 70]);
    paintTail(inside.u, 1, 20, 1);
    expect(inside.calls).not.toContain('clip()');
    // A heater off: its target of 0 lies on the bottom edge, where half the line's width is outside the plot.
    const edge = fakePlot([10, 20, 30], [50, 60, 100]);
    paintTail(edge.u, 1, 20, 1);
    expect(edge.calls.slice(0, 4)).toEqual(['save()', 'beginPath()', 'rect(0,0,100,100)', 'clip()']);
    const below = fakePlot([10, 20, 30], [50, 60, 130]);
    paintTail(below.u, 1, 20, 1);
    expect(below.calls).toContain('clip()');
  });

  it('sets the dash and the width only when they change from one series to the next', () => {
    const { u, calls } = fakePlot([10, 20, 30], [50, 60, 70]);
    (u.data as unknown as number[][]).push([40, 41, 42], [50, 51, 52]);
    u.series.push({ show: true, width: 2, stroke: '#0f0' }, { show: true, width: 1, stroke: '#00f', dash: [6, 4] });
    expect(paintTail(u, 1, 20, 1)).toBe(3);
    expect(calls.filter((c) => c.startsWith('setLineDash'))).toHaveLength(2);
    expect(calls.filter((c) => c === 'stroke()')).toHaveLength(3);
  });

  it('ties the pattern of a dashed line to the canvas column, so short tails join as dashes, not a solid line', () => {
    const { u, calls } = fakePlot([10, 20, 33], [50, 60, 70]);
    u.series[1] = { show: true, width: 1, stroke: '#00f', dash: [6, 4] } as uPlot.Series;
    paintTail(u, 1, 20, 1);
    // The tail starts at column 20: two whole periods of 10 from column 0, so the pattern is at its start.
    expect(calls).toContain('lineDashOffset=0');
    const later = fakePlot([10, 20, 33, 47], [50, 60, 70, 80]);
    later.u.series[1] = { show: true, width: 1, stroke: '#00f', dash: [6, 4] } as uPlot.Series;
    paintTail(later.u, 2, 20, 1);
    expect(later.calls).toContain('lineDashOffset=3');
  });

  it('skips segments across a gap row or a long silence, and hidden series', () => {
    const { u, calls } = fakePlot([1, 2, 3, 40, 41], [10, Number.NaN, 12, 13, 14]);
    expect(paintTail(u, 0, 20, 1)).toBe(1);
    expect(calls.filter((c) => /^(moveTo|lineTo)/.test(c))).toEqual(['moveTo(40,13)', 'lineTo(41,14)']);
    expect(paintTail(fakePlot([1, 2], [1, 2], false).u, 0, 20, 1)).toBe(0);
  });

  it('adds nothing for a reading inside the pixel column and span already drawn there, and touches no canvas', () => {
    // Rows 1 to 3 share column 5 (valToPos rounds 4.6 and 5.4 to 5): drawn, they span 10 to 14 there.
    const { u, calls } = fakePlot([3, 4.6, 5, 5.4], [10, 14, 10, 12]);
    expect(paintTail(u, 2, 20, 1)).toBe(0);
    expect(calls).toEqual([]);
  });

  it('strokes a reading in the same column that reaches past its span, and one in the next column', () => {
    const { u, calls } = fakePlot([4.6, 5, 5.4, 6], [10, 11, 15, 15]);
    expect(paintTail(u, 1, 20, 1)).toBe(2);
    expect(calls.filter((c) => /^(moveTo|lineTo)/.test(c))).toEqual(['moveTo(5,11)', 'lineTo(5,15)', 'lineTo(6,15)']);
  });

  it('starts a line after a gap without a segment, and reads no column across the gap', () => {
    const { u, calls } = fakePlot([5, 5.2, 5.4], [10, Number.NaN, 12]);
    expect(paintTail(u, 0, 20, 1)).toBe(0);
    expect(calls).toEqual([]);
    const later = fakePlot([5, 5.2, 5.4], [12, Number.NaN, 10]);
    expect(paintTail(later.u, 1, 20, 1)).toBe(0);
  });

  it('does nothing when there is no new row', () => {
    const { u, calls } = fakePlot([1, 2], [1, 2]);
    expect(paintTail(u, 1, 20, 1)).toBe(0);
    expect(calls).toEqual([]);
  });
});
