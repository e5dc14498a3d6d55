import { describe, expect, it } from 'vitest';
import { ThrottleController } from './throttle-controller.ts';
import { reversals, seeded, simulate, type CostTrace } from './trace-sim.ts';

/** A steady load around `mean` ms with ±`spread` uniform noise. */
function steady(mean: number, spread: number, seed = 1): CostTrace {
  const r = seeded(seed);
  return () => ({ costMs: mean + (r() * 2 - 1) * spread, frameMs: 4 });
}

describe('ThrottleController', () => {
  it('stays at ×1 and full fidelity when the page is cheap', () => {
    const c = new ThrottleController();
    const { decisions } = simulate(c, steady(6, 4), 10 * 60_000);
    expect(decisions).toEqual([]);
    expect(c.factor).toBe(1);
    expect(c.fidelity).toBe(0);
  });

  it('rises within 5 s to the factor whose budget the load fits, with the reason in words', () => {
    const c = new ThrottleController();
    const { decisions } = simulate(c, steady(250, 10), 5_000);
    expect(decisions[0]?.direction).toBe('up');
    expect(decisions[0]?.factor).toBe(3);
    expect(decisions[0]?.reason).toMatch(/^p95 2\d\d ms over the 100 ms budget at ×1, so ×3$/);
    expect(c.factor).toBe(3);
  });

  it('holds on a steady noisy load for 10 minutes once it has found its factor', () => {
    for (const seed of [7, 8, 9]) {
      const c = new ThrottleController();
      const { decisions } = simulate(c, steady(150, 60, seed), 10 * 60_000);
      expect(decisions.length).toBeGreaterThan(0);
      expect(decisions.every((d) => d.direction === 'up')).toBe(true);
      expect(decisions.every((d) => d.at < 60_000)).toBe(true);
      expect(c.factor).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not oscillate on a load right at the budget edge', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = new ThrottleController();
      const { factors } = simulate(c, steady(95, 20, seed), 10 * 60_000);
      expect(reversals(factors.map(([, f]) => f))).toBe(0);
    }
  });

  it('falls back to ×1 within 30 s once the load is gone', () => {
    const c = new ThrottleController();
    const loadUntil = 40_000;
    const { factors } = simulate(c, (t) => ({ costMs: t < loadUntil ? 260 : 5, frameMs: 5 }), 80_000);
    expect(factors.find(([t]) => t > 5_000 && t < loadUntil)?.[1]).toBeGreaterThan(1);
    const backAt = factors.find(([t, f]) => t >= loadUntil && f === 1)?.[0];
    expect(backAt).toBeDefined();
    expect((backAt as number) - loadUntil).toBeLessThan(30_000);
  });

  it('takes at most one step per 10 s in the same direction', () => {
    const c = new ThrottleController();
    // A load that keeps growing forces repeated rises.
    const { decisions } = simulate(c, (t) => ({ costMs: 50 + t / 100, frameMs: 5 }), 120_000);
    const ups = decisions.filter((d) => d.direction === 'up');
    expect(ups.length).toBeGreaterThan(2);
    for (let i = 1; i < ups.length; i++)
      expect((ups[i]?.at as number) - (ups[i - 1]?.at as number)).toBeGreaterThanOrEqual(10_000);
  });

  it('lowers fidelity on long frames and restores it when frames are short again', () => {
    const c = new ThrottleController();
    const slowUntil = 60_000;
    simulate(c, (t) => ({ costMs: 20, frameMs: t < slowUntil ? 80 : 5 }), slowUntil);
    expect(c.fidelity).toBe(3);
    expect(c.factor).toBe(1);
    simulate(c, () => ({ costMs: 5, frameMs: 5 }), 60_000, slowUntil);
    expect(c.fidelity).toBe(0);
  });

  it('steps fidelity when the cost is over budget at the highest factor', () => {
    const c = new ThrottleController({ maxFactor: 2 });
    const { decisions } = simulate(c, steady(400, 5), 30_000);
    expect(c.factor).toBe(2);
    expect(c.fidelity).toBeGreaterThan(0);
    expect(decisions.at(-1)?.reason).toMatch(/×2 is the highest factor, so fidelity \d/);
  });

  it('goes to a high factor while hidden and back on return', () => {
    const c = new ThrottleController();
    simulate(c, steady(250, 5), 5_000);
    expect(c.factor).toBe(3);
    expect(c.setHidden(true, 6_000)?.factor).toBe(20);
    expect(c.record({ at: 7_000, costMs: 900, frameMs: 900 })).toBeNull();
    const back = c.setHidden(false, 60_000);
    expect(back?.factor).toBe(3);
    expect(back?.reason).toBe('tab visible again, so back to ×3');
  });

  it('keeps a pinned factor whatever the load, and resumes auto from it', () => {
    const c = new ThrottleController();
    expect(c.pin(2, 0).reason).toBe('pinned at ×2 by the user');
    simulate(c, steady(400, 5), 30_000);
    expect(c.factor).toBe(2);
    c.pin(null, 30_000);
    simulate(c, steady(400, 5), 10_000, 30_000);
    expect(c.factor).toBe(5);
  });

  it('ignores a lone long frame, and a fidelity step never delays a factor rise', () => {
    const c = new ThrottleController();
    // A cheap minute with two hitches (a GC or a busy neighbour) a few seconds apart.
    simulate(c, (t) => ({ costMs: 5, frameMs: t === 20_000 || t === 40_000 ? 90 : 5 }), 60_000);
    expect(c.fidelity).toBe(0);
    // Long frames force a fidelity step; the real load arrives a moment later and must still raise the factor at once.
    simulate(c, () => ({ costMs: 20, frameMs: 80 }), 8_000, 60_000);
    expect(c.fidelity).toBe(1);
    const { decisions } = simulate(c, () => ({ costMs: 260, frameMs: 260 }), 3_000, 68_000);
    expect(decisions.find((d) => d.factor > 1)?.at).toBeLessThan(71_000);
  });
});
