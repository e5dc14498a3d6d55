// The farm page's one render-cost budget: every socket's frame batch runs under one meter, and one throttle loop
// picks the factor all in-view cards share (src/perf), published for the farm view's budget chip.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browserMeterHost, type MeterHost } from '../perf/meter-host.ts';
import { PerfLoop } from '../perf/perf-loop.ts';
import type { MeterSample } from '../perf/render-meter.ts';
import type { ControllerConfig, Decision } from '../perf/throttle-controller.ts';

/** OctoPrint's throttle for a card in view before the loop slows it: every 2 s, as OctoPrint reads temperatures. */
export const IN_VIEW_BASE = 4;
/** The main-thread ms per second the page's measured updates may spend, all sockets together (bench goal: 40 in all). */
export const BUDGET_MS_PER_S = 20;

/**
 * The controller sees one "update" as one round of every live in-view socket (one `current` each, every 2 s × N), so
 * its budget per update, share × 2000 ms × N, is the page's ms per second budget at any factor.
 */
export const FARM_CONTROLLER: Partial<ControllerConfig> = {
  baseMs: 500 * IN_VIEW_BASE,
  budgetShare: BUDGET_MS_PER_S / 1000,
  // In view at least every 10 s: a farm card slower than that stops being an overview.
  maxFactor: 5,
};

export interface FarmBudgetState {
  /** The loop's factor: in-view cards ask for OctoPrint's throttle IN_VIEW_BASE × this. */
  factor: number;
  /** Measured main-thread ms per second of the farm's updates over the last RATE_WINDOW_MS. */
  msPerSecond: number;
  budgetMsPerSecond: number;
  /** p95 cost of one round of every live in-view socket (ms), and that round's budget at the factor. */
  roundP95: number;
  roundBudgetMs: number;
  /** push messages per second, all sockets. */
  rate: number;
  /** Sockets live and in view: the ones that cost. */
  inView: number;
  live: number;
  hidden: boolean;
  lastDecision: Decision | null;
}

export type FarmBudgetStore = StoreApi<FarmBudgetState>;

const RATE_WINDOW_MS = 10_000;

export interface FarmBudgetOptions {
  /** Called with the new factor when the loop changes it; the registry re-applies every socket's throttle. */
  onFactor(factor: number): void;
  /** Live sockets, and live sockets in view, now. */
  count(): { live: number; inView: number };
  host?: MeterHost;
  watchVisibility?: boolean;
}

export class FarmBudget {
  readonly store: FarmBudgetStore;
  readonly loop: PerfLoop;
  private factorNow = 1;
  private active = false;
  private readonly host: MeterHost;
  private readonly spent: { at: number; ms: number }[] = [];
  private historyInBatch = false;
  private readonly batchKinds: boolean[] = [];

  constructor(private readonly opts: FarmBudgetOptions) {
    this.host = opts.host ?? browserMeterHost;
    this.store = createStore<FarmBudgetState>()(() => ({
      factor: 1,
      msPerSecond: 0,
      budgetMsPerSecond: BUDGET_MS_PER_S,
      roundP95: Number.NaN,
      roundBudgetMs: BUDGET_MS_PER_S * 2,
      rate: 0,
      inView: 0,
      live: 0,
      hidden: false,
      lastDecision: null,
    }));
    const target = {
      throttle: 1,
      setThrottle: (factor: number) => {
        target.throttle = factor;
        // A hidden page's ×20 is the registry's own `unseen`; the cards' factor is the controller's choice beneath it.
        const c = this.loop.controller;
        const next = c.pinned ?? c.autoFactor;
        if (next === this.factorNow) return;
        this.factorNow = next;
        this.opts.onFactor(next);
      },
    };
    this.loop = new PerfLoop({
      socket: target,
      config: FARM_CONTROLLER,
      host: this.host,
      watchVisibility: opts.watchVisibility ?? true,
      weigh: (s) => this.weigh(s),
      publish: (snap) => {
        const { live, inView } = this.opts.count();
        this.store.setState({
          factor: this.factorNow,
          msPerSecond: this.msPerSecond(),
          roundP95: snap.p95,
          roundBudgetMs: snap.budgetMs,
          rate: snap.rate,
          live,
          inView,
          hidden: snap.hidden,
          lastDecision: snap.lastDecision,
        });
      },
    });
    // The unweighed cost: what the page really spent, for the chip's ms per second.
    this.loop.meter.onSample((s) => {
      this.spent.push({ at: s.at, ms: s.costMs });
      this.trim(s.at);
    });
  }

  /** The factor in-view cards share (1 = every 2 s); the hidden page's ×20 is the registry's own `unseen`. */
  get factor(): number {
    return this.factorNow;
  }

  /** The farm view is on screen: its batches are measured. While a dashboard is open, that page's own loop is. */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    if (active) this.loop.start();
    else this.loop.stop();
  }

  /** A push message arrived on any farm socket. */
  noteMessage(): void {
    if (this.active) this.loop.noteMessage();
  }

  /** A socket's `history` is in the batch being applied: a whole state and its temperatures, once per connection. */
  noteHistory(): void {
    this.historyInBatch = true;
  }

  /** One frame's batch of `sockets` sockets' updates, measured while the farm is shown. */
  measure(apply: () => void, sockets: number): void {
    if (!this.active) {
      apply();
      return;
    }
    this.historyInBatch = false;
    this.loop.measure(apply, sockets);
    // Samples close in the order their batches ran (each at the frame after its own).
    this.batchKinds.push(this.historyInBatch);
  }

  dispose(): void {
    this.loop.stop();
  }

  /** The batch's cost per socket, times the sockets that deliver every round: one round's cost, whatever the batching. */
  private weigh(s: MeterSample): MeterSample | null {
    // A batch with a history (a first connection or a reconnect) is not the steady cost the budget is for.
    if (this.batchKinds.shift()) return null;
    const perSocket = s.costMs / Math.max(1, s.messages);
    const round = perSocket * Math.max(1, this.opts.count().inView);
    return { ...s, costMs: round };
  }

  private msPerSecond(): number {
    this.trim(this.host.now());
    const total = this.spent.reduce((a, x) => a + x.ms, 0);
    return total / (RATE_WINDOW_MS / 1000);
  }

  private trim(now: number): void {
    while (this.spent.length > 0 && (this.spent[0]?.at ?? 0) < now - RATE_WINDOW_MS) this.spent.shift();
  }
}
