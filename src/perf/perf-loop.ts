// Closes the loop: meter samples -> controller -> the socket's throttle (setThrottle), and a snapshot for the HUD.
import { QuietTimer } from '../shared/quiet-timer.ts';
import { fidelityAt, type Fidelity } from './fidelity.ts';
import { LongFrameProbe, type ProbeStats } from './long-frame-probe.ts';
import { browserMeterHost, type MeterHost } from './meter-host.ts';
import { burn } from './render-load.ts';
import { RenderMeter, type MeterSample } from './render-meter.ts';
import { quantiles } from './stats.ts';
import { ThrottleController, type ControllerConfig, type Decision } from './throttle-controller.ts';

/** The part of OctoPrintSocket the loop drives: its throttle factor. */
export interface ThrottleTarget {
  readonly throttle: number;
  setThrottle(factor: number, reason?: string): void;
}

export interface PerfSnapshot {
  rate: number;
  p50: number;
  p95: number;
  budgetMs: number;
  pending: number;
  coalesced: number;
  factor: number;
  pinned: number | null;
  hidden: boolean;
  fidelity: Fidelity;
  lastDecision: Decision | null;
  costHistory: readonly number[];
  factorHistory: readonly number[];
  histogram: readonly number[];
  probe: ProbeStats;
}

export interface PerfLoopOptions {
  socket: ThrottleTarget;
  publish(snapshot: PerfSnapshot): void;
  /** Extra synchronous ms per applied update (the render-load test knob); read on every update. */
  renderLoadMs?: () => number;
  config?: Partial<ControllerConfig>;
  host?: MeterHost;
  /** Watches document visibility and long frames once started (off in unit tests). */
  watchVisibility?: boolean;
  /** Called when a hidden tab is shown again, to resynchronise from a fresh `history`. */
  onReturn?(): void;
  /**
   * Restates a sample before the controller sees it (the farm: a batch of some sockets' updates as the cost of one
   * round of every live socket's, so one budget covers the page whatever the batching); null leaves it out.
   */
  weigh?(sample: MeterSample): MeterSample | null;
}

const HISTORY = 60;
/** The HUD hears of new samples at most this often; a throttle decision is shown at once. */
const HUD_INTERVAL_MS = 1000;
/** Updates that stopped for this long publish their last sample on their own. */
const IDLE_MS = HUD_INTERVAL_MS * 1.5;

export class PerfLoop {
  readonly meter: RenderMeter;
  readonly controller: ThrottleController;
  readonly probe = new LongFrameProbe();
  private lastDecision: Decision | null = null;
  private readonly costs: number[] = [];
  private readonly factors: number[] = [];
  private stopWatching: (() => void) | null = null;
  private readonly host: MeterHost;

  private dirty = false;
  private publishedAt = Number.NEGATIVE_INFINITY;
  /** Publishes the last sample once samples have stopped for IDLE_MS (see onSample), up to IDLE_MS late: a HUD's
   * figures can wait, and a wake per message pair would cost the page a task each. */
  private readonly idle = new QuietTimer(
    IDLE_MS,
    () => {
      if (this.dirty) this.publish();
    },
    IDLE_MS,
  );

  constructor(private readonly opts: PerfLoopOptions) {
    const host = opts.host ?? browserMeterHost;
    this.host = host;
    this.meter = new RenderMeter(host);
    this.controller = new ThrottleController(opts.config);
    this.meter.onSample((s) => this.onSample(s));
  }

  /** Starts the browser watches (visibility, long frames); may follow stop() (React StrictMode mounts twice). */
  start(): void {
    if (this.stopWatching || this.opts.watchVisibility === false || typeof document === 'undefined') return;
    let wasHidden = document.hidden;
    const onVisibility = () => {
      this.decide(this.controller.setHidden(document.hidden, this.host.now()));
      if (wasHidden && !document.hidden) this.opts.onReturn?.();
      wasHidden = document.hidden;
    };
    document.addEventListener('visibilitychange', onVisibility);
    this.probe.start();
    this.stopWatching = () => {
      document.removeEventListener('visibilitychange', onVisibility);
      this.probe.stop();
    };
    onVisibility();
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.idle.cancel();
  }

  /** A push message arrived. */
  noteMessage(): void {
    this.meter.noteMessage();
  }

  /**
   * Runs one frame's update under the meter (plus the render-load knob's work, if any). By default the batch is
   * every message noted since the last update: the socket merges them into the one it delivers.
   */
  measure(apply: () => void, messageCount = Math.max(1, this.meter.pending)): void {
    this.meter.beginUpdate(messageCount);
    try {
      apply();
      burn(this.opts.renderLoadMs?.() ?? 0);
      // Published inside the update's own task, so React folds the HUD into the same commit as the data; after the
      // data, so a HUD that throws is a handler error the socket counts, never a temperature point not appended.
      if (this.dirty && this.host.now() - this.publishedAt >= HUD_INTERVAL_MS) this.publish();
    } finally {
      this.meter.endApply();
    }
  }

  /** Pins OctoPrint's factor, or returns to auto with null. */
  pin(factor: number | null): void {
    this.decide(this.controller.pin(factor, this.host.now()));
  }

  private onSample(raw: MeterSample): void {
    const s = this.opts.weigh ? this.opts.weigh(raw) : raw;
    if (!s) return;
    this.costs.push(s.costMs);
    this.factors.push(this.controller.factor);
    if (this.costs.length > HISTORY) this.costs.shift();
    if (this.factors.length > HISTORY) this.factors.shift();
    const d = this.controller.record(s);
    if (d && d.factor !== this.opts.socket.throttle) {
      this.lastDecision = d;
      this.apply();
    } else {
      if (d) this.lastDecision = d;
      // A sample alone waits for the next update to reach the HUD: one commit per update. Only when updates stop
      // does the idle timer publish it; it waits on while samples keep coming, so while data flows it never publishes
      // (a timer that ran on its own would add a commit of its own just after an update, every second or two).
      this.dirty = true;
      this.idle.poke();
    }
  }

  private decide(d: Decision | null): void {
    if (!d) return;
    this.lastDecision = d;
    this.apply();
  }

  private apply(): void {
    this.opts.socket.setThrottle(this.controller.factor, this.lastDecision?.reason ?? 'controller');
    this.publish();
  }

  private publish(): void {
    const c = this.controller;
    const now = this.host.now();
    this.dirty = false;
    this.publishedAt = now;
    // The HUD shows the last 20 updates even right after a change (the controller's own window starts afresh).
    const recent = this.costs.slice(-c.config.windowSize);
    this.opts.publish({
      rate: this.meter.rate(now),
      ...quantiles(recent),
      budgetMs: c.budgetAt(c.factor),
      pending: this.meter.pending,
      coalesced: this.meter.coalesced,
      factor: c.factor,
      pinned: c.pinned,
      hidden: c.hidden,
      fidelity: fidelityAt(c.fidelity),
      lastDecision: this.lastDecision,
      costHistory: [...this.costs],
      factorHistory: [...this.factors],
      histogram: [...this.meter.histogram],
      probe: { ...this.probe.stats },
    });
  }
}
