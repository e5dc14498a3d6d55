// Temperature series in preallocated typed arrays, outside React: append, merge `history` without duplicates, trim.
import type { TempPoint } from '../octoprint/types.ts';
import { heaterOrder } from '../shared/heaters.ts';
import { clockStepOf, type ClockStep } from './clock-step.ts';
import { StepGuard } from './step-guard.ts';
import { hasReading, lastReading, samePoint } from './temp-points.ts';

export interface SeriesView {
  times: Float64Array;
  heaters: readonly string[];
  actual: Float64Array[];
  target: Float64Array[];
}

type Listener = () => void;

/**
 * One column per heater (actual and target) plus a shared time column, in server epoch seconds. A heater joins
 * the first time it reports a number (so `chamber` with nulls never shows, docs/octoprint-observed.md §5); its earlier
 * cells are NaN. An offline point (no heater keys) carries no temperature: it becomes one gap row (all NaN, listed in
 * `gapRows`), so the chart breaks its lines for the time the printer was off instead of drawing across it.
 */
export class TemperatureSeries {
  private cap: number;
  length = 0;
  times: Float64Array;
  heaters: string[] = [];
  actual: Float64Array[] = [];
  target: Float64Array[] = [];
  /** Bumped on every change, so subscribers can compare by identity of a number. */
  version = 0;
  /**
   * Total points ever accepted, points skipped as duplicates, rows trimmed, and points left out because their time fit
   * neither the server's clock nor the next point's (step-guard.ts), for tests and the activity feed.
   */
  readonly counts = { accepted: 0, duplicates: 0, trimmed: 0, outliers: 0 };
  private readonly guard = new StepGuard();
  /** Rows ever removed from the front: row i is absolute row `base + i`. */
  private base = 0;
  /** Absolute numbers of the gap rows still held, oldest first. */
  private gaps: number[] = [];
  /** The last `history`'s newest points: the next `current` may repeat them (docs/octoprint-semantics.md §3). */
  private joinPoints: TempPoint[] = [];
  /**
   * The newest second of the histories since the last `current` (not a connection's first). The next `current` repeats
   * the socket's whole backlog, which those histories already carried: anything before this second is a repeat, however
   * old (a socket logged out for a while has a long backlog), never a step of the server's clock.
   */
  private joinBefore = Number.NEGATIVE_INFINITY;
  /** Client ms when the newest point arrived, to tell a server clock step from time passing. */
  private newestAt = 0;
  /** Server clock steps seen (the chart notes each); a step back restarted the series. */
  readonly clockSteps: ClockStep[] = [];
  private listeners = new Set<Listener>();

  constructor(
    capacity = 4096,
    /** Points older than this many seconds before the newest are dropped. */
    readonly maxAgeSeconds = 60 * 60,
    /** A monotonic client clock in ms (not the wall clock, which can be set too). */
    private readonly clientNow: () => number = () => performance.now(),
  ) {
    this.cap = capacity;
    this.times = new Float64Array(capacity);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The absolute number of row 0: rows ever removed from the front (rows only ever join at the end). */
  get firstRow(): number {
    return this.base;
  }

  get lastTime(): number | null {
    return this.length > 0 ? (this.times[this.length - 1] as number) : null;
  }

  /** True while the newest row is a gap: the printer is off, there is no current temperature. */
  get endsInGap(): boolean {
    return this.length > 0 && this.gaps[this.gaps.length - 1] === this.base + this.length - 1;
  }

  /** Indexes of the gap rows held now (the printer was off from the row before to the row after). */
  gapRows(): number[] {
    return this.gaps.map((g) => g - this.base);
  }

  /** Appends the points of `current` messages (already in order). Returns how many were added. */
  append(points: readonly TempPoint[]): number {
    // The first `current` after a `history` repeats the points that waited in the socket's backlog (docs/octoprint-semantics.md §3).
    const join = this.joinPoints;
    const before = this.joinBefore;
    this.joinPoints = [];
    this.joinBefore = Number.NEGATIVE_INFINITY;
    let added = 0;
    for (const p of points) {
      const i = join.findIndex((q) => samePoint(p, q));
      if (i >= 0 || p.time < before) {
        if (i >= 0) join.splice(i, 1);
        this.counts.duplicates++;
        continue;
      }
      added += this.admit(p);
    }
    if (added > 0) this.changed();
    return added;
  }

  /** A point from a `current`: one whose time would step the server's clock waits for the next point to agree. */
  private admit(p: TempPoint): number {
    const reading = hasReading(p);
    const a = this.guard.admit(p, this.lastTime, this.newestAt, this.clientNow(), reading);
    if (a.dropped) this.counts.outliers++;
    if (a.wait) return 0;
    let added = 0;
    if (a.step && a.held) {
      this.stepped(a.step);
      if (this.push(a.held)) added++;
    }
    if (reading) return added + (this.push(p) ? 1 : 0);
    // A gap row never moves the clock: one at a time that does not fit it goes right after the newest point.
    const last = this.lastTime;
    const fits = last === null || clockStepOf(p.time, last, this.newestAt, this.clientNow()) === null;
    return added + (this.addGap(fits ? p.time : (last as number)) ? 1 : 0);
  }

  /**
   * Merges a `history` backlog: points older than our newest are ours already; at our newest second we skip as
   * many as we hold (several points can share one second); the rest are new. So a reconnect loses and repeats none.
   * A history whose newest point is on a clock that went back meanwhile starts the series over.
   * Only the points this history adds at its newest second can come again in the next `current` (the socket's backlog
   * holds what no `current` has carried yet), and none when it is the first on its connection: the server sends that
   * one as it registers the socket, before any backlog exists. So two equal readings in one second both stay.
   */
  mergeHistory(points: readonly TempPoint[], opts: { firstOnConnection?: boolean } = {}): number {
    if (this.guard.settle(points)) this.counts.outliers++;
    const newest = lastReading(points);
    if (newest !== null && this.length > 0) {
      const step = clockStepOf(newest.time, this.lastTime as number, this.newestAt, this.clientNow());
      if (step) this.stepped(step);
    }
    const last = this.lastTime;
    let haveAtLast = 0;
    if (last !== null) for (let i = this.length - 1; i >= 0 && this.times[i] === last; i--) haveAtLast++;
    let added = 0;
    const join: TempPoint[] = [];
    for (const p of points) {
      if (!hasReading(p)) {
        // The printer was off inside the history's span: a gap there too, unless it is before what we hold.
        if ((last === null || p.time > last) && this.addGap(p.time)) added++;
        continue;
      }
      if (last !== null && p.time < last) {
        this.counts.duplicates++;
        continue;
      }
      if (last !== null && p.time === last && haveAtLast > 0) {
        haveAtLast--;
        this.counts.duplicates++;
        continue;
      }
      // A history can span a time the printer was off: its own jumps are not clock steps (its newest was checked).
      if (!this.push(p)) continue;
      added++;
      if (p.time === newest?.time && !opts.firstOnConnection) join.push(p);
    }
    // A history straight after another (no `current` between) leaves the first one's points still waiting in the
    // backlog: both are repeated by the next `current`. A new connection has a new backlog: nothing carries over.
    this.joinPoints = opts.firstOnConnection ? [] : [...this.joinPoints, ...join];
    if (opts.firstOnConnection) this.joinBefore = Number.NEGATIVE_INFINITY;
    else if (newest !== null) this.joinBefore = Math.max(this.joinBefore, newest.time);
    if (added > 0) this.changed();
    return added;
  }

  clear(): void {
    this.drop(this.length);
    this.gaps = [];
    this.changed();
  }

  /** Zero-copy views of the filled part, for uPlot's setData. */
  view(): SeriesView {
    const n = this.length;
    return {
      times: this.times.subarray(0, n),
      heaters: this.heaters,
      actual: this.actual.map((a) => a.subarray(0, n)),
      target: this.target.map((a) => a.subarray(0, n)),
    };
  }

  /** Adds a point after the newest (clock steps are the caller's: `admit` for a `current`, a history's newest). */
  private push(p: TempPoint): boolean {
    if (!hasReading(p)) return this.addGap(p.time);
    const now = this.clientNow();
    if (this.length > 0 && p.time < (this.lastTime as number)) {
      this.counts.duplicates++;
      return false;
    }
    for (const id of Object.keys(p.heaters)) {
      if (!this.heaters.includes(id) && p.heaters[id]?.actual != null) this.addHeater(id);
    }
    const i = this.row(p.time);
    for (let h = 0; h < this.heaters.length; h++) {
      const r = p.heaters[this.heaters[h] as string];
      (this.actual[h] as Float64Array)[i] = r?.actual ?? Number.NaN;
      (this.target[h] as Float64Array)[i] = r?.target ?? Number.NaN;
    }
    this.newestAt = now;
    this.counts.accepted++;
    this.trimOld(p.time);
    return true;
  }

  /** Appends a row at `time` and returns its index; its heater cells are the caller's to fill. */
  private row(time: number): number {
    if (this.length === this.cap) this.makeRoom();
    const i = this.length;
    this.times[i] = time;
    this.length++;
    return i;
  }

  /** One all-NaN row where the printer went off; none before the first reading and none twice in a row. */
  private addGap(time: number): boolean {
    if (this.length === 0 || this.endsInGap) return false;
    const i = this.row(Math.max(time, this.lastTime as number));
    for (const col of this.actual) col[i] = Number.NaN;
    for (const col of this.target) col[i] = Number.NaN;
    this.gaps.push(this.base + i);
    return true;
  }

  /**
   * The server's clock stepped. Back: the old points are on another clock and every new one would look older than them,
   * so the series starts over from here. Forward: the series goes on (the old points age out); the step is only noted.
   */
  private stepped(step: ClockStep): void {
    if (step.delta < 0) {
      this.drop(this.length);
      this.gaps = [];
    }
    this.clockSteps.push(step);
  }

  private addHeater(id: string): void {
    this.heaters = [...this.heaters, id].sort(heaterOrder);
    const at = this.heaters.indexOf(id);
    const a = new Float64Array(this.cap).fill(Number.NaN);
    const t = new Float64Array(this.cap).fill(Number.NaN);
    this.actual.splice(at, 0, a);
    this.target.splice(at, 0, t);
  }

  /** Drops the oldest quarter in one copy, so appends stay amortised O(1). */
  private makeRoom(): void {
    this.drop(Math.max(1, this.cap >> 2));
  }

  private trimOld(newest: number): void {
    const limit = newest - this.maxAgeSeconds;
    let n = 0;
    while (n < this.length && (this.times[n] as number) < limit) n++;
    // Trim in chunks to avoid a copy on every point.
    if (n >= 64 || (n > 0 && n === this.length)) this.drop(n);
  }

  private drop(n: number): void {
    this.times.copyWithin(0, n, this.length);
    for (const a of this.actual) a.copyWithin(0, n, this.length);
    for (const a of this.target) a.copyWithin(0, n, this.length);
    this.length -= n;
    this.counts.trimmed += n;
    this.base += n;
    while (this.gaps.length > 0 && (this.gaps[0] as number) < this.base) this.gaps.shift();
  }

  private changed(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }
}
