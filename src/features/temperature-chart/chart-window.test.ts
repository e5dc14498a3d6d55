import { describe, expect, it } from 'vitest';
import { edgeStepSeconds, fittedWindowSeconds, gapSeconds, rightEdge } from './chart-window.ts';

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
