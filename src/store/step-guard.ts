// A point whose time would step the server's clock waits for the next point to agree: one bad time in one message never
// restarts the chart (a step back drops every point held) nor stretches it to a far time (a step forward).
import type { TempPoint } from '../octoprint/types.ts';
import { clockStepOf, type ClockStep } from './clock-step.ts';

export interface Admission {
  /** The point waits for the next one (nothing is added now). */
  wait: boolean;
  /** The step the held point made, now that this point agrees with it: apply it, add `held`, then this point. */
  step: ClockStep | null;
  held: TempPoint | null;
  /** The held point, left out: this point went on with the old clock. */
  dropped: boolean;
}

const FITS: Admission = { wait: false, step: null, held: null, dropped: false };
const DROPPED: Admission = { ...FITS, dropped: true };
const WAIT: Admission = { wait: true, step: null, held: null, dropped: false };
const WAIT_DROPPED: Admission = { ...WAIT, dropped: true };

export class StepGuard {
  private pending: { point: TempPoint; at: number; step: ClockStep } | null = null;

  /**
   * What to do with `p`, arriving at client ms `now`, after the series' newest point at server time `newest` (null
   * when it holds none) which arrived at `newestAt`. `canWait` false (a gap row) never holds the point back.
   */
  admit(p: TempPoint, newest: number | null, newestAt: number, now: number, canWait = true): Admission {
    const pending = this.pending;
    this.pending = null;
    if (pending) {
      const held = pending.point;
      if (p.time >= held.time && clockStepOf(p.time, held.time, pending.at, now) === null)
        return { wait: false, step: pending.step, held, dropped: false };
    }
    const dropped = pending !== null;
    if (newest === null || !canWait) return dropped ? DROPPED : FITS;
    const step = clockStepOf(p.time, newest, newestAt, now);
    if (!step) return dropped ? DROPPED : FITS;
    this.pending = { point: p, at: now, step };
    return dropped ? WAIT_DROPPED : WAIT;
  }

  /**
   * A `history` carries the server's own points: a held point that is among them is the server's (the history adds
   * it); one that is not was never the server's. Nothing waits any more; returns whether a held point was left out.
   */
  settle(history: readonly TempPoint[]): boolean {
    const pending = this.pending;
    this.pending = null;
    return pending !== null && !history.some((p) => p.time === pending.point.time);
  }
}
