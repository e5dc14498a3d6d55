// The adaptive throttle policy: OctoPrint's factor N and the page's fidelity level, with hysteresis and cooldowns.
import { t } from '../shared/i18n.ts';
import { MAX_FIDELITY_LEVEL } from './fidelity.ts';
import { quantileOf, quantiles, SlidingWindow } from './stats.ts';

export interface ControllerConfig {
  /** OctoPrint's base interval between `current` messages (docs/octoprint-protocol.md §3). */
  baseMs: number;
  /** Share of the update interval the dashboard may spend per update (p95). */
  budgetShare: number;
  /** The longest main-thread stretch one update may cause (RAIL / long-task limit). */
  frameBudgetMs: number;
  /** Going down needs the load to fit this share of the lower budget: the hysteresis band. */
  downMargin: number;
  /** At most one step per this many ms in the same direction. */
  stepCooldownMs: number;
  /** After any change, samples are collected afresh for at least this long. */
  settleMs: number;
  windowSize: number;
  windowMs: number;
  minSamplesUp: number;
  minSamplesDown: number;
  /** Fidelity moves on frame evidence only with this many samples, so one hitch cannot step it. */
  minSamplesFidelity: number;
  maxFactor: number;
  hiddenFactor: number;
}

export const DEFAULT_CONTROLLER_CONFIG: ControllerConfig = {
  baseMs: 500,
  budgetShare: 0.2,
  frameBudgetMs: 50,
  downMargin: 0.5,
  stepCooldownMs: 10_000,
  settleMs: 2_000,
  windowSize: 20,
  windowMs: 12_000,
  minSamplesUp: 3,
  minSamplesDown: 5,
  minSamplesFidelity: 10,
  maxFactor: 10,
  hiddenFactor: 20,
};

/** One applied update as the meter saw it. */
export interface CostSample {
  at: number;
  /** Main-thread ms the update cost, from apply through commit and the next frame's draw. */
  costMs: number;
  /** The longest single main-thread stretch the update caused. */
  frameMs: number;
}

export interface Decision {
  at: number;
  factor: number;
  fidelity: number;
  direction: 'up' | 'down' | 'hidden' | 'visible' | 'pin';
  reason: string;
}

const ms = (v: number) => `${Math.round(v)} ms`;
const costOf = (x: CostSample) => x.costMs;
const frameOf = (x: CostSample) => x.frameMs;

export class ThrottleController {
  readonly config: ControllerConfig;
  /** The factor auto mode chose (the one sent unless pinned or hidden). */
  autoFactor = 1;
  fidelity = 0;
  pinned: number | null = null;
  hidden = false;
  private readonly window: SlidingWindow<CostSample>;
  /** Last step time per knob and direction: the 10 s cooldown applies to each knob separately. */
  private readonly last = { factor: { up: -Infinity, down: -Infinity }, fidelity: { up: -Infinity, down: -Infinity } };
  private lastChange = Number.NEGATIVE_INFINITY;

  constructor(config: Partial<ControllerConfig> = {}) {
    this.config = { ...DEFAULT_CONTROLLER_CONFIG, ...config };
    this.window = new SlidingWindow(this.config.windowSize, this.config.windowMs);
  }

  /** The factor OctoPrint should be using now. */
  get factor(): number {
    if (this.hidden) return Math.max(this.config.hiddenFactor, this.pinned ?? this.autoFactor);
    return this.pinned ?? this.autoFactor;
  }

  /** Budget per update at factor n, in ms. */
  budgetAt(n: number): number {
    return this.config.budgetShare * this.config.baseMs * n;
  }

  /** p50/p95 cost and p95 frame of the samples in the window. */
  summary(now: number): { count: number; p50: number; p95: number; frame95: number } {
    const s = this.window.current(now);
    const { p50, p95 } = quantiles(s, costOf);
    return { count: s.length, p50, p95, frame95: quantileOf(s, frameOf, 0.95) };
  }

  /** Adds a sample and returns a decision when the policy changes something. */
  record(sample: CostSample): Decision | null {
    if (this.hidden) return null;
    this.window.push(sample);
    return this.evaluate(sample.at);
  }

  evaluate(now: number): Decision | null {
    if (this.hidden || now - this.lastChange < this.config.settleMs) return null;
    const { count, p95, frame95 } = this.summary(now);
    if (count < this.config.minSamplesUp) return null;
    return (
      this.stepUp(now, count, p95, frame95) ??
      (count >= this.config.minSamplesDown ? this.stepDown(now, count, p95, frame95) : null)
    );
  }

  private ready(knob: 'factor' | 'fidelity', direction: 'up' | 'down', now: number): boolean {
    return now - this.last[knob][direction] >= this.config.stepCooldownMs;
  }

  private stepUp(now: number, count: number, p95: number, frame95: number): Decision | null {
    const f = this.factor;
    const budget = this.budgetAt(f);
    const costOver = p95 > budget;
    if (
      costOver &&
      this.pinned === null &&
      this.autoFactor < this.config.maxFactor &&
      this.ready('factor', 'up', now)
    ) {
      // Jump straight to the factor whose budget the measured p95 fits, so one step usually suffices.
      const need = Math.ceil(p95 / this.budgetAt(1));
      const next = Math.min(this.config.maxFactor, Math.max(f + 1, need));
      return this.change(
        now,
        'up',
        next,
        this.fidelity,
        t('perf.up', { p95: ms(p95), budget: ms(budget), from: f, to: next }),
      );
    }
    if (this.fidelity >= MAX_FIDELITY_LEVEL || !this.ready('fidelity', 'up', now)) return null;
    const next = this.fidelity + 1;
    if (frame95 > this.config.frameBudgetMs && count >= this.config.minSamplesFidelity) {
      return this.change(
        now,
        'up',
        f,
        next,
        t('perf.frames', { frame95: ms(frame95), budget: ms(this.config.frameBudgetMs), level: next }),
      );
    }
    if (costOver && (this.pinned !== null || this.autoFactor >= this.config.maxFactor)) {
      const why = this.pinned === null ? t('perf.highest', { factor: f }) : t('perf.isPinned', { factor: f });
      return this.change(
        now,
        'up',
        f,
        next,
        t('perf.upFidelity', { p95: ms(p95), budget: ms(budget), why, level: next }),
      );
    }
    return null;
  }

  private stepDown(now: number, count: number, p95: number, frame95: number): Decision | null {
    const m = this.config.downMargin;
    const f = this.factor;
    if (this.pinned === null && f > 1) {
      if (!this.ready('factor', 'down', now)) return null;
      // The lowest factor whose budget the p95 fits with the hysteresis margin.
      const target = Math.max(1, Math.ceil(p95 / (this.budgetAt(1) * m)));
      if (target < f) {
        return this.change(
          now,
          'down',
          target,
          this.fidelity,
          t('perf.down', { p95: ms(p95), budget: ms(this.budgetAt(target)), to: target }),
        );
      }
      return null;
    }
    const calm = frame95 < this.config.frameBudgetMs * m && p95 < this.budgetAt(f) * m;
    if (this.fidelity > 0 && calm && count >= this.config.minSamplesFidelity && this.ready('fidelity', 'down', now)) {
      const next = this.fidelity - 1;
      return this.change(
        now,
        'down',
        f,
        next,
        t('perf.downFidelity', { p95: ms(p95), frame95: ms(frame95), level: next }),
      );
    }
    return null;
  }

  /** A hidden tab goes to a high factor (nothing is drawn anyway); coming back restores the previous one. */
  setHidden(hidden: boolean, now: number): Decision | null {
    if (hidden === this.hidden) return null;
    this.hidden = hidden;
    this.window.clear();
    this.lastChange = now;
    const reason = hidden ? t('perf.hidden', { factor: this.factor }) : t('perf.visible', { factor: this.factor });
    return { at: now, factor: this.factor, fidelity: this.fidelity, direction: hidden ? 'hidden' : 'visible', reason };
  }

  /** Pins a factor (null = auto). Auto resumes from the pinned value's evidence afresh. */
  pin(factor: number | null, now: number): Decision {
    this.pinned = factor === null ? null : Math.max(1, Math.round(factor));
    if (this.pinned !== null) this.autoFactor = this.pinned;
    this.window.clear();
    this.lastChange = now;
    const reason =
      this.pinned === null ? t('perf.auto', { factor: this.factor }) : t('perf.pinnedBy', { factor: this.pinned });
    return { at: now, factor: this.factor, fidelity: this.fidelity, direction: 'pin', reason };
  }

  private change(now: number, direction: 'up' | 'down', factor: number, fidelity: number, reason: string): Decision {
    this.last[fidelity === this.fidelity ? 'factor' : 'fidelity'][direction] = now;
    if (this.pinned === null) this.autoFactor = factor;
    this.fidelity = fidelity;
    this.lastChange = now;
    // Samples taken at the old rate or fidelity say little about the new one.
    this.window.clear();
    return { at: now, factor: this.factor, fidelity, direction, reason };
  }
}
