import { describe, expect, it } from 'vitest';
import { chartTarget, edgeStepSeconds, fittedWindowSeconds, gapSeconds, rightEdge } from './chart-window.ts';

describe('chart window', () => {
  it('fits a fresh heat-up in a small window and grows with the data up to the limit', () => {
    expect(fittedWindowSeconds(1800, 60, true)).toBe(300);
    expect(fittedWindowSeconds(1800, 400, true)).toBe(600);
    expect(fittedWindowSeconds(1800, 1000, true)).toBe(1800);
    expect(fittedWindowSeconds(1800, 5000, true)).toBe(1800);
    // Never more than the server's cutoff, and exactly the user's choice when they made one.
    expect(fittedWindowSeconds(240, 60, true)).toBe(240);
    expect(fittedWindowSeconds(3600, 60, false)).toBe(3600);
  });

  it('moves the right edge in whole steps of 48 px, always ahead of now', () => {
    const step = edgeStepSeconds(1800, 800);
    expect(step).toBe(108);
    expect(rightEdge(1000, step)).toBe(1080);
    expect(rightEdge(1079.9, step)).toBe(1080);
    expect(rightEdge(1080, step)).toBe(1188);
  });

  it('breaks lines after 20 s without a reading, longer on long windows', () => {
    expect(gapSeconds(300)).toBe(20);
    expect(gapSeconds(3600)).toBe(30);
  });
});

describe('chartTarget', () => {
  it('a window not yet full starts at the first point and next changes when the data outgrows it', () => {
    // 5 minutes fitted to 60 s of data on an 800 px plot: outgrown at a span of 300 / 1.15 s.
    const t = chartTarget(1060, 1000, 1800, true, 800);
    expect(t).toMatchObject({ left: 1000, right: 1300, windowS: 300 });
    expect(t.nextChange).toBeCloseTo(1000 + 300 / 1.15 - 1060);
  });

  it('a chosen window not yet full next changes when the edge steps past its end', () => {
    // 5 minutes on a 1000 px plot: steps of 14.4 s; the edge passes 1290 when it goes to 1296, from 1281.6 on.
    const t = chartTarget(1000, 990, 300, false, 1000);
    expect(t).toMatchObject({ left: 990, right: 1290 });
    expect(t.nextChange).toBeCloseTo(281.6);
    expect(chartTarget(1000 + t.nextChange + 0.001, 990, 300, false, 1000)).toMatchObject({ right: 1296, left: 996 });
  });

  it('a full window next changes at the next step of its edge', () => {
    const t = chartTarget(1000, 600, 300, false, 1000);
    expect(t).toMatchObject({ left: 708, right: 1008 });
    expect(t.nextChange).toBeCloseTo(8);
  });
});
