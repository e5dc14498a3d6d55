// The last 10 minutes of a farm printer's hotend and bed temperatures, in typed-array rings read by its sparkline.
import type { TempPoint } from '../octoprint/types.ts';

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

  /** Appends points newer than the newest held; a point from before it (a server clock step back) starts over. */
  append(points: readonly TempPoint[]): void {
    // docs/octoprint-semantics.md §3: after a `history` the first `current` carries the socket's backlog again, all of
    // the time its state was off; those points are already held, not a clock step back.
    const joinUntil = this.joinUntil;
    this.joinUntil = Number.NEGATIVE_INFINITY;
    let changed = false;
    for (const p of points) {
      if (p.time <= joinUntil) continue;
      const tool = p.heaters.tool0?.actual;
      const bed = p.heaters.bed?.actual;
      const newest = this.length ? (this.time[this.at(this.length - 1)] ?? 0) : -Infinity;
      if (p.time < newest) this.clear();
      else if (p.time === newest) continue;
      const i = this.at(this.length);
      this.time[i] = p.time;
      this.tool[i] = typeof tool === 'number' ? tool : NaN;
      this.bed[i] = typeof bed === 'number' ? bed : NaN;
      if (this.length < CAPACITY) this.length++;
      else this.start = (this.start + 1) % CAPACITY;
      changed = true;
    }
    if (!changed) return;
    const last = this.time[this.at(this.length - 1)] ?? 0;
    while (this.length > 1 && (this.time[this.start] ?? 0) < last - SPARK_WINDOW_S) {
      this.start = (this.start + 1) % CAPACITY;
      this.length--;
    }
    this.version++;
  }

  /** A history (a new connection, or state turned on again) holds the whole recent past: start over from it. */
  replace(points: readonly TempPoint[]): void {
    this.clear();
    this.append(points);
    this.joinUntil = this.length ? (this.time[this.at(this.length - 1)] ?? 0) : Number.NEGATIVE_INFINITY;
    this.version++;
  }

  private clear(): void {
    this.start = 0;
    this.length = 0;
    this.joinUntil = Number.NEGATIVE_INFINITY;
  }
}
