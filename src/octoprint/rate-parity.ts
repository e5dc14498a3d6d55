// OctoPrint.socket's rate API, kept for parity with code written against OctoPrint's own JS client: increaseRate,
// decreaseRate, the overridable onRateTooHigh/onRateTooLow hooks and its sliding-window timing analysis (docs/octoprint-protocol.md §4),
// as a thin adapter over the socket client's one throttle API (`setThrottle`). The dashboard itself does not use it:
// src/perf/perf-loop.ts decides the factor and calls `setThrottle` directly.

/** What the adapter drives: OctoPrintSocket's throttle. */
export interface ThrottleOwner {
  readonly throttle: number;
  setThrottle(factor: number, reason?: string): void;
}

export interface RateParityOptions {
  /** OctoPrint's `rateSlidingWindowSize`: how many processing times the analysis keeps (20). */
  rateSlidingWindowSize?: number;
  /** Base interval of OctoPrint's `current` messages in ms (500 ms × throttle). */
  rateBase?: number;
}

export class SocketRateParity {
  private window: number[] = [];
  private readonly size: number;
  private readonly baseMs: number;

  constructor(
    private readonly socket: ThrottleOwner,
    options: RateParityOptions = {},
  ) {
    this.size = options.rateSlidingWindowSize ?? 20;
    this.baseMs = options.rateBase ?? 500;
  }

  /** OctoPrint.socket.decreaseRate: one step slower. */
  decreaseRate(): void {
    this.socket.setThrottle(this.socket.throttle + 1, 'decreaseRate');
  }

  /** OctoPrint.socket.increaseRate: one step faster, never below 1. */
  increaseRate(): void {
    if (this.socket.throttle > 1) this.socket.setThrottle(this.socket.throttle - 1, 'increaseRate');
  }

  /** Overridable, as in OctoPrint.socket: processing is slower than the current rate allows. */
  onRateTooHigh(_measured: number, _maximum: number): void {
    this.decreaseRate();
  }

  /** Overridable, as in OctoPrint.socket: processing would keep up with a faster rate. */
  onRateTooLow(_measured: number, _minimum: number): void {
    this.increaseRate();
  }

  /** OctoPrint.socket's analyzeTiming: one processing time against 500 ms × throttle; calls a hook when off. */
  reportProcessingTime(ms: number): void {
    while (this.window.length >= this.size) this.window.shift();
    this.window.push(ms);
    const factor = this.socket.throttle;
    const limit = factor * this.baseMs;
    if (ms > limit) {
      this.onRateTooHigh(ms, limit);
      return;
    }
    if (factor <= 1) return;
    const slowest = Math.max(...this.window);
    const lower = (factor - 1) * this.baseMs;
    if (slowest < lower) this.onRateTooLow(slowest, lower);
  }
}
