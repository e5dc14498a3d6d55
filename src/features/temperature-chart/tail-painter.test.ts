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
    set: () => true,
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
  it('strokes only the segments after the last drawn row, clipped to the plot, and restores the context', () => {
    const { u, calls } = fakePlot([1, 2, 3, 4], [10, 11, 12, 13]);
    expect(paintTail(u, 2, 20, 1)).toBe(1);
    expect(calls.filter((c) => /^(moveTo|lineTo)/.test(c))).toEqual(['moveTo(3,12)', 'lineTo(4,13)']);
    expect(calls[0]).toBe('save()');
    expect(calls).toContain('clip()');
    expect(calls.at(-1)).toBe('restore()');
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
