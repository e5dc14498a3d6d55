// OctoPrint.socket's rate control: the throttle factor, its step methods and the overridable rate hooks.
import { RateAnalyzer } from './rate-analyzer.ts';
import { SocketBase } from './socket-base.ts';

export abstract class RateControl extends SocketBase {
  protected throttleFactor = 1;
  private readonly rate: RateAnalyzer;

  constructor(windowSize: number, baseMs: number) {
    super();
    this.rate = new RateAnalyzer(windowSize, baseMs);
  }

  get throttle(): number {
    return this.throttleFactor;
  }

  /** Sets OctoPrint's throttle factor (integer ≥ 1); it is re-sent after every (re)authentication. */
  setThrottle(factor: number, reason = 'set'): void {
    const n = Math.max(1, Math.round(factor));
    if (n === this.throttleFactor) return;
    this.throttleFactor = n;
    this.throttleChanged(n, reason);
  }

  /** OctoPrint.socket.decreaseRate: one step slower. */
  decreaseRate(): void {
    this.setThrottle(this.throttleFactor + 1, 'decreaseRate');
  }

  /** OctoPrint.socket.increaseRate: one step faster, never below 1. */
  increaseRate(): void {
    if (this.throttleFactor > 1) this.setThrottle(this.throttleFactor - 1, 'increaseRate');
  }

  /** Overridable, as in OctoPrint.socket: processing is slower than the current rate allows. */
  onRateTooHigh(_measured: number, _maximum: number): void {
    this.decreaseRate();
  }

  /** Overridable, as in OctoPrint.socket: processing would keep up with a faster rate. */
  onRateTooLow(_measured: number, _minimum: number): void {
    this.increaseRate();
  }

  /** Feeds one processing-time measurement (from the render-cost meter) into OctoPrint's sliding-window analysis. */
  reportProcessingTime(ms: number): void {
    const v = this.rate.analyze(ms, this.throttleFactor);
    if (v.verdict === 'too-high') this.onRateTooHigh(v.measured, v.limit);
    else if (v.verdict === 'too-low') this.onRateTooLow(v.measured, v.limit);
  }

  /** Tells the server (when it can hear it) and the listeners. */
  protected abstract throttleChanged(factor: number, reason: string): void;
}
