// The render-cost meter's published state for the HUD and the panels' fidelity (a small store of its own).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { fidelityAt } from '../perf/fidelity.ts';
import type { PerfSnapshot } from '../perf/perf-loop.ts';

export interface PerfState extends PerfSnapshot {
  /** The render-load test knob's current ms (0 = off; `?test&renderLoad=MS`, src/app/test-api.ts). */
  renderLoadMs: number;
}

export type PerfStore = StoreApi<PerfState>;

export const initialPerfState: PerfState = {
  rate: 0,
  p50: Number.NaN,
  p95: Number.NaN,
  budgetMs: 100,
  pending: 0,
  coalesced: 0,
  factor: 1,
  pinned: null,
  hidden: false,
  fidelity: fidelityAt(0),
  lastDecision: null,
  costHistory: [],
  factorHistory: [],
  histogram: [],
  probe: { longTasks: 0, longFrames: 0, lastLongFrame: null },
  renderLoadMs: 0,
};

export function createPerfStore(initial: Partial<PerfState> = {}): PerfStore {
  return createStore<PerfState>()(() => ({ ...initialPerfState, ...initial }));
}

/** The chart's redraw floor at the current fidelity (ms; 0 = every frame). The tiny API panels read. */
export const selectChartMinIntervalMs = (s: PerfState): number => s.fidelity.chartMinIntervalMs;
