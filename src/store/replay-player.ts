// Plays recorded frames into a dashboard at 1×, 10× or 60×: play, pause, seek; never a long task on the main thread.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { frameMessage, type RecordedFrame } from '../octoprint/recording/format.ts';

export const SPEEDS = [1, 10, 60] as const;

export interface ReplayState {
  playing: boolean;
  speed: number;
  /** ms since the recording's first frame. */
  position: number;
  duration: number;
  /** Frames applied so far. */
  applied: number;
  /** True while a seek catches up (frames applied in slices). */
  seeking: boolean;
}

/** Where frames go: `now` applies at once (catching up on a seek), else through the socket's frame queue. */
export interface ReplayTarget {
  feed(raw: unknown, now: boolean): void;
}

export interface ReplayDeps {
  /** A fresh dashboard (empty stores) to replay into; called when seeking backwards. */
  reset(): ReplayTarget;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (id: unknown) => void;
  clock?: () => number;
}

/** Frames go out in batches this far apart: at 60× a batch is 12 recorded seconds, one chart draw, not twenty. */
const TICK_MS = 200;
const MIN_TICK_MS = 16;
/** A catch-up slice stops after this long, so seeking through a day of frames never blocks the page. */
const SLICE_MS = 8;

export class ReplayPlayer {
  readonly state: StoreApi<ReplayState>;
  private target: ReplayTarget | null = null;
  private next = 0;
  private current = 0;
  private timer: unknown = null;
  private lastTick = 0;
  private readonly t0: number;
  private readonly schedule: (fn: () => void, ms: number) => unknown;
  private readonly cancel: (id: unknown) => void;
  private readonly clock: () => number;

  constructor(
    private readonly frames: readonly RecordedFrame[],
    private readonly deps: ReplayDeps,
  ) {
    this.t0 = frames[0]?.t ?? 0;
    this.schedule = deps.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    this.cancel = deps.cancel ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
    this.clock = deps.clock ?? (() => performance.now());
    const duration = (frames[frames.length - 1]?.t ?? this.t0) - this.t0;
    this.state = createStore<ReplayState>(() => ({
      playing: false,
      speed: 1,
      position: 0,
      duration,
      applied: 0,
      seeking: false,
    }));
  }

  /** The recorded receive time of the frame being applied: the dashboard's clock during replay. */
  get now(): number {
    return this.current || this.t0;
  }

  play(): void {
    const s = this.state.getState();
    if (s.playing) return;
    if (s.position >= s.duration && this.next >= this.frames.length) this.seek(0);
    this.state.setState({ playing: true });
    this.lastTick = this.clock();
    this.tick();
  }

  pause(): void {
    this.state.setState({ playing: false });
    this.stopTimer();
  }

  setSpeed(speed: number): void {
    this.state.setState({ speed });
  }

  /** Jumps to a position: backwards starts a fresh dashboard; the frames up to it are applied in slices. */
  seek(position: number): void {
    const s = this.state.getState();
    const to = Math.max(0, Math.min(s.duration, position));
    this.stopTimer();
    if (to < s.position || !this.target) {
      this.target = this.deps.reset();
      this.next = 0;
    }
    this.state.setState({ position: to, seeking: true });
    this.catchUp();
  }

  /** Stops playing and lets the dashboard go; a later seek starts on a fresh one. */
  dispose(): void {
    this.stopTimer();
    this.target = null;
    this.next = 0;
    this.state.setState({ playing: false, position: 0, applied: 0, seeking: false });
  }

  private catchUp(): void {
    const until = this.t0 + this.state.getState().position;
    const start = this.clock();
    while (this.next < this.frames.length && (this.frames[this.next] as RecordedFrame).t <= until) {
      this.apply(true);
      this.next++;
      if ((this.next & 63) === 0 && this.clock() - start > SLICE_MS) {
        this.state.setState({ applied: this.next });
        this.stopTimer();
        this.timer = this.schedule(() => this.catchUp(), 0);
        return;
      }
    }
    this.state.setState({ applied: this.next, seeking: false });
    if (this.state.getState().playing) {
      this.lastTick = this.clock();
      this.stopTimer();
      this.timer = this.schedule(() => this.tick(), TICK_MS);
    }
  }

  private tick(): void {
    this.timer = null;
    const s = this.state.getState();
    if (!s.playing || s.seeking) return;
    const t = this.clock();
    const position = Math.min(s.duration, s.position + (t - this.lastTick) * s.speed);
    this.lastTick = t;
    const until = this.t0 + position;
    let fed = 0;
    while (this.next < this.frames.length && (this.frames[this.next] as RecordedFrame).t <= until && fed < 2000) {
      this.apply(false);
      this.next++;
      fed++;
    }
    const finished = this.next >= this.frames.length;
    this.state.setState({ position, applied: this.next, playing: !finished });
    if (finished) return;
    // After an empty tick, a frame due sooner than the next batch (the history right after `connected`) is not kept
    // waiting; a tick that fed frames keeps the batch rhythm (at 60× one chart draw per batch, not one per frame).
    const due = ((this.frames[this.next] as RecordedFrame).t - until) / s.speed;
    const wait = fed === 0 ? Math.max(MIN_TICK_MS, Math.min(TICK_MS, due)) : TICK_MS;
    this.timer = this.schedule(() => this.tick(), wait);
  }

  private apply(now: boolean): void {
    const f = this.frames[this.next] as RecordedFrame;
    this.current = f.t;
    this.target?.feed(frameMessage(f), now);
  }

  private stopTimer(): void {
    if (this.timer !== null) this.cancel(this.timer);
    this.timer = null;
  }
}
