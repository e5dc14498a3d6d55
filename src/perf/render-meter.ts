// The render-cost meter: what one applied update really costs the page, closed after the frame that drew it.
import { browserMeterHost, type MeterHost } from './meter-host.ts';
import type { CostSample } from './throttle-controller.ts';

export interface MeterSample extends CostSample {
  messages: number;
  /** Wall ms from the first message's arrival to the frame after the update was drawn. */
  latencyMs: number;
  /** Frame interval that held the update, from rAF (the frame-time histogram's input). */
  frameIntervalMs: number;
}

/** Upper bounds (ms) of the frame-time histogram's buckets; the last bucket is everything longer. */
export const FRAME_BUCKETS = [17, 33, 50, 100] as const;

const RATE_WINDOW_MS = 5000;

export class RenderMeter {
  /** Messages merged into another's update, and messages still waiting for their frame. */
  coalesced = 0;
  pending = 0;
  updates = 0;
  readonly histogram: number[] = new Array<number>(FRAME_BUCKETS.length + 1).fill(0);
  private arrivals: number[] = [];
  private firstPendingAt: number | null = null;
  private open: {
    arrival: number;
    count: number;
    start: number;
    framed: number;
    framing: boolean;
    inTask: boolean;
  } | null = null;
  private readonly listeners = new Set<(s: MeterSample) => void>();

  constructor(private readonly host: MeterHost = browserMeterHost) {}

  onSample(listener: (s: MeterSample) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A push message arrived (counts toward the rate and the pending figure). */
  noteMessage(at = this.host.now()): void {
    this.arrivals.push(at);
    while (this.arrivals.length > 0 && (this.arrivals[0] as number) < at - RATE_WINDOW_MS) this.arrivals.shift();
    this.pending++;
    this.firstPendingAt ??= at;
  }

  /** Messages per second over the last 5 s. */
  rate(now = this.host.now()): number {
    const recent = this.arrivals.filter((t) => t >= now - RATE_WINDOW_MS);
    return recent.length / (RATE_WINDOW_MS / 1000);
  }

  /** An update batch of `messageCount` messages starts being applied (parse is done, store write follows). */
  beginUpdate(messageCount: number, arrivalTime: number | null = this.firstPendingAt): void {
    const start = this.host.now();
    const framing = this.host.inFrame();
    const inTask = !framing && (this.host.inTask?.() ?? false);
    const u = { arrival: arrivalTime ?? start, count: messageCount, start, framed: Number.NaN, framing, inTask };
    this.open = u;
    // Asked before the store write, so it is the first of the frame's callbacks that draw this update: time the main
    // thread spent on other tasks between the frame's start and its callbacks is theirs, not this update's cost.
    if (!framing && !inTask && !this.host.isHidden()) this.host.requestFrame(() => (u.framed = this.host.now()));
    this.pending = Math.max(0, this.pending - messageCount);
    this.coalesced += Math.max(0, messageCount - 1);
    this.firstPendingAt = null;
    this.updates++;
  }

  /**
   * The store write is done. React's commit runs in a microtask queued by that write, so ours (queued later)
   * runs after it. Outside a delivery the chart draws in the next frame's rAF, registered during the write, so ours
   * runs after it; inside one (a frame or a calm task) it has drawn already (it joined the delivery).
   */
  endApply(): void {
    const u = this.open;
    this.open = null;
    if (!u) return;
    this.host.microtask(() => {
      const committed = this.host.now();
      const applyMs = committed - u.start;
      // A calm delivery ran in a task of its own: its draws joined it and are in applyMs, as in a delivery frame, and
      // the browser paints what changed in its next frame (as after a delivery frame, that rendering is in no
      // sample). So it closes now, without asking for a frame: asking would make the browser run one for every
      // message, even those that change nothing on screen.
      if (this.host.isHidden() || u.inTask) {
        this.close(u, applyMs, 0, committed, 0);
        return;
      }
      if (u.framing) {
        // Applied in a frame: the draws it caused joined that frame and ran before this microtask, so they are in
        // applyMs; the sample closes after the frame has rendered, without asking the browser for another frame.
        this.host.afterFrame(() => {
          const end = this.host.now();
          this.close(u, applyMs, 0, end, end - u.start);
        });
        return;
      }
      let closed = false;
      this.host.requestFrame((frameStart) => {
        if (closed) return;
        closed = true;
        const end = this.host.now();
        const drawFrom = Number.isNaN(u.framed) ? frameStart : Math.max(frameStart, u.framed);
        this.close(u, applyMs, Math.max(0, end - drawFrom), end, Math.max(0, frameStart - u.start));
      });
      this.host.fallback(() => {
        if (closed) return;
        closed = true;
        this.close(u, applyMs, 0, this.host.now(), 0);
      }, 1000);
    });
  }

  private close(
    u: { arrival: number; count: number },
    applyMs: number,
    frameWorkMs: number,
    end: number,
    interval: number,
  ): void {
    if (interval > 0) {
      let b = FRAME_BUCKETS.findIndex((limit) => interval <= limit);
      if (b < 0) b = FRAME_BUCKETS.length;
      this.histogram[b] = (this.histogram[b] as number) + 1;
    }
    const sample: MeterSample = {
      at: end,
      costMs: applyMs + frameWorkMs,
      frameMs: Math.max(applyMs, frameWorkMs),
      messages: u.count,
      latencyMs: end - u.arrival,
      frameIntervalMs: interval,
    };
    for (const l of [...this.listeners]) l(sample);
  }
}
