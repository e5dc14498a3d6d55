// Replays a cost trace through the controller in simulated time: updates come every 500 ms × the chosen factor.
import type { CostSample, Decision, ThrottleController } from './throttle-controller.ts';

/** Cost of the update at simulated time t (ms), and optionally the longest frame it caused. */
export type CostTrace = (t: number) => { costMs: number; frameMs?: number };

export interface SimResult {
  decisions: Decision[];
  /** [time, factor] after every update. */
  factors: [number, number][];
}

export function simulate(controller: ThrottleController, trace: CostTrace, durationMs: number, startMs = 0): SimResult {
  const decisions: Decision[] = [];
  const factors: [number, number][] = [];
  let t = startMs;
  while (t < startMs + durationMs) {
    t += controller.config.baseMs * controller.factor;
    const c = trace(t);
    const sample: CostSample = { at: t, costMs: c.costMs, frameMs: c.frameMs ?? c.costMs };
    const d = controller.record(sample);
    if (d) decisions.push(d);
    factors.push([t, controller.factor]);
  }
  return { decisions, factors };
}

/** Deterministic noise (mulberry32), so a "recorded" trace is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts changes of direction in a sequence of factors (up then down, or down then up). */
export function reversals(factors: readonly number[]): number {
  let last = 0;
  let n = 0;
  for (let i = 1; i < factors.length; i++) {
    const d = Math.sign((factors[i] as number) - (factors[i - 1] as number));
    if (d === 0) continue;
    if (last !== 0 && d !== last) n++;
    last = d;
  }
  return n;
}
