// The last 10 minutes of a farm printer's hotend and bed temperatures, in typed-array rings read by its sparkline.
import type { TempPoint } from '../octoprint/types.ts';
import { clockStepOf } from './clock-step.ts';
import { StepGuard } from './step-guard.ts';

export const SPARK_WINDOW_S = 600;
const CAPACITY = 512;

/** A ring of (time, tool, bed) points; `version` grows with each change so a drawer knows when to redraw. */
export class SparkSeries {
  readonly time = new Float64Array(CAPACITY);
  readonly tool = new Float32Array(CAPACITY);
  readonly bed = new Float32Array(CAPACITY);
  private start = 0;
  length = 0;
  version = 0;
  private drawer: (() => void) | null = null;
  /** The last history's newest time: the next `current` repeats what waited in the socket's backlog up to it. */
  private joinUntil = Number.NEGATIVE_INFINITY;
  /** A point whose time would step the server's clock waits for the next to agree, as on the main chart. */
  private readonly guard = new StepGuard();
  /** Client ms when the newest point arrived, to tell a clock step from time that passed. */
  private newestAt = 0;
  /** Points left out because their time fit neither the clock nor the next point's. */
  outliers = 0;

  constructor(private readonly clientNow: () => number = () => performance.now()) {}

  /** The sparkline's redraw while one is mounted: called after the frame's batch, never through React. */
  setDrawer(fn: () => void): () => void {
    this.drawer = fn;
    return () => {
      if (this.drawer === fn) this.drawer = null;
    };
  }

  draw(): void {
    this.drawer?.();
  }

  /** Index i from the oldest held point. */
  at(i: number): number {
    return (this.start + i) % CAPACITY;
  }

  /**
   * Appends points newer than the newest held. A time that would step the server's clock waits for the next point:
   * a real step back starts over from it, a garbled time (one bad reading) is left out and counted.
   */
  append(points: readonly TempPoint[]): void {
    // docs/octoprint-semantics.md §3: after a `history` the first `current` carries the socket's backlog again, all of
    // the time its state was off; those points are already held, not a clock step back.
    const joinUntil = this.joinUntil;
    this.joinUntil = Number.NEGATIVE_INFINITY;
    let changed = false;
    for (const p of points) {
      if (p.time <= joinUntil) continue;
      const now = this.clientNow();
      const reading = hasReading(p);
      const a = this.guard.admit(p, this.newest(), this.newestAt, now, reading);
      if (a.dropped) this.outliers++;
      if (a.wait) continue;
      if (a.step && a.held) {
        if (a.step.delta < 0) this.clear();
        changed = this.push(a.held, now) || changed;
      }
      changed = this.push(p, now, reading) || changed;
    }
    if (changed) this.trim();
  }

  /** A history (a new connection, or state turned on again) holds the whole recent past: start over from it. */
  replace(points: readonly TempPoint[]): void {
    if (this.guard.settle(points)) this.outliers++;
    this.clear();
    // The server's own backlog: its jumps span times the printer was off, not clock steps.
    const now = this.clientNow();
    for (const p of points) this.push(p, now, hasReading(p), true);
    this.trim();
    this.joinUntil = this.newest() ?? Number.NEGATIVE_INFINITY;
  }

  private newest(): number | null {
    return this.length ? (this.time[this.at(this.length - 1)] ?? 0) : null;
  }

  /** One point per second after the newest; a gap (no reading) at a time off the clock goes at the newest. */
  private push(p: TempPoint, now: number, reading = true, trusted = false): boolean {
    const newest = this.newest();
    let time = p.time;
    if (!reading && !trusted && newest !== null && clockStepOf(time, newest, this.newestAt, now)) time = newest;
    // A gap may share the newest reading's second (the port closed right after it).
    else if (newest !== null && (reading ? time <= newest : time < newest)) return false;
    const tool = p.heaters.tool0?.actual;
    const bed = p.heaters.bed?.actual;
    const i = this.at(this.length);
    this.time[i] = time;
    this.tool[i] = typeof tool === 'number' ? tool : NaN;
    this.bed[i] = typeof bed === 'number' ? bed : NaN;
    if (this.length < CAPACITY) this.length++;
    else this.start = (this.start + 1) % CAPACITY;
    this.newestAt = now;
    return true;
  }

  private trim(): void {
    const last = this.newest() ?? 0;
    while (this.length > 1 && (this.time[this.start] ?? 0) < last - SPARK_WINDOW_S) {
      this.start = (this.start + 1) % CAPACITY;
      this.length--;
    }
    this.version++;
  }

  private clear(): void {
    this.start = 0;
    this.length = 0;
    this.joinUntil = Number.NEGATIVE_INFINITY;
  }
}

function hasReading(p: TempPoint): boolean {
  return p.heaters.tool0?.actual != null || p.heaters.bed?.actual != null;
}
