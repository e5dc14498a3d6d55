// The dashboard's low-frequency state in one vanilla zustand store: link, server, printer state and rounded readouts.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SocketState } from '../octoprint/socket-types.ts';

export interface HeaterReadout {
  actual: number | null;
  target: number | null;
}

export interface DashboardState {
  link: {
    state: SocketState;
    /** Client ms when the next reconnect attempt is due (state 'backoff'). */
    retryAt: number;
    attempt: number;
    lastError: string | null;
    authFailure: string | null;
  };
  server: {
    version: string | null;
    pluginHash: string | null;
    configHash: string | null;
    /** What changed across the last reconnect: 'version' | 'plugin_hash' | 'config_hash'. */
    changed: string[];
  };
  /** Client ms when the last `current` or `history` was applied; 0 before any. */
  lastUpdateAt: number;
  printer: {
    text: string;
    operational: boolean;
    printing: boolean;
    paused: boolean;
    error: string | null;
  };
  /** Readouts rounded to display precision (0.1 °C), so React only hears of changes a person can see. */
  heaters: Record<string, HeaterReadout>;
  heaterIds: string[];
  counters: { malformed: number; handlerErrors: number; unknown: number; messages: number };
}

export type DashboardStore = StoreApi<DashboardState>;

export const initialDashboardState: DashboardState = {
  link: { state: 'idle', retryAt: 0, attempt: 0, lastError: null, authFailure: null },
  server: { version: null, pluginHash: null, configHash: null, changed: [] },
  lastUpdateAt: 0,
  printer: { text: 'Unknown', operational: false, printing: false, paused: false, error: null },
  heaters: {},
  heaterIds: [],
  counters: { malformed: 0, handlerErrors: 0, unknown: 0, messages: 0 },
};

export function createDashboardStore(initial: Partial<DashboardState> = {}): DashboardStore {
  return createStore<DashboardState>()(() => ({ ...initialDashboardState, ...initial }));
}
