// One direction of one connection on a bad network: chunks leave in order, after a latency, at a bandwidth, with
// retransmission-like stalls.

export interface LineShape {
  /** One-way delay of every chunk (ms). */
  latencyMs: number;
  /** Bytes per ms the line carries (0: unlimited); a chunk occupies the line for bytes / rate. */
  bytesPerMs: number;
  /** 0..1: chance that a chunk is "lost" and only arrives after stallMs more, holding up everything behind it. */
  lossRate: number;
  stallMs: number;
}

export const CLEAR_LINE: LineShape = { latencyMs: 0, bytesPerMs: 0, lossRate: 0, stallMs: 0 };

export const isClear = (s: LineShape) => s.latencyMs <= 0 && s.bytesPerMs <= 0 && s.lossRate <= 0;

interface Queued {
  at: number;
  send: () => void;
}

/**
 * A FIFO with one timer: a chunk is due when the line has finished carrying the chunks before it (bandwidth, stalls)
 * plus the latency, and never before an earlier chunk, so a stream arrives in order as TCP would deliver it.
 */
export class DelayLine {
  private readonly queue: Queued[] = [];
  private busyUntil = 0;
  private lastDue = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  stalls = 0;

  constructor(
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  /** Nothing queued: with a clear shape a chunk may go straight through. */
  get idle(): boolean {
    return this.queue.length === 0;
  }

  push(bytes: number, shape: LineShape, send: () => void): void {
    if (this.idle && isClear(shape)) {
      send();
      return;
    }
    const t = this.now();
    let start = Math.max(t, this.busyUntil);
    if (shape.lossRate > 0 && this.random() < shape.lossRate) {
      start += shape.stallMs;
      this.stalls++;
    }
    this.busyUntil = start + (shape.bytesPerMs > 0 ? bytes / shape.bytesPerMs : 0);
    const at = Math.max(this.lastDue, this.busyUntil + shape.latencyMs);
    this.lastDue = at;
    this.queue.push({ at, send });
    this.arm();
  }

  /** Sends everything queued now, in order (the server is closing: its last words and ends must go out). */
  flushAll(): void {
    for (const q of this.queue) q.at = 0;
    if (this.timer) clearTimeout(this.timer);
    this.flush();
  }

  /** Drops everything queued (the connection is gone). */
  clear(): void {
    this.queue.length = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    if (this.timer || this.queue.length === 0) return;
    const head = this.queue[0] as Queued;
    this.timer = setTimeout(() => this.flush(), Math.max(0, head.at - this.now()));
  }

  private flush(): void {
    this.timer = null;
    const t = this.now();
    while (this.queue.length > 0 && (this.queue[0] as Queued).at <= t) (this.queue.shift() as Queued).send();
    this.arm();
  }
}
