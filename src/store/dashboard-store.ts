// The dashboard's low-frequency state in one vanilla zustand store: link, server, printer state and rounded readouts.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Problem } from '../octoprint/problem.ts';
import type { WaitWhy } from '../octoprint/reconnect-policy.ts';
import type { SocketState } from '../octoprint/socket-types.ts';
import type { Marking } from '../octoprint/types.ts';
import { initialPrinterView, type PrinterView } from './printer-view.ts';

export interface HeaterReadout {
  actual: number | null;
  target: number | null;
}

/** The job as displayed: primitives rounded to what a person sees, so unchanged values keep selectors quiet. */
export interface JobView {
  fileName: string | null;
  fileOrigin: string | null;
  /** Percent, rounded to 0.1. */
  completion: number | null;
  printTime: number | null;
  printTimeLeft: number | null;
  /** OctoPrint's estimate quality: analysis, linear, average, estimate, mixed-analysis, mixed-average or null. */
  printTimeLeftOrigin: string | null;
  estimatedPrintTime: number | null;
  /** Client ms of the expected finish, rounded to the minute it is shown in; null when unknown. */
  finishAt: number | null;
  /** Sum over tools, in mm. */
  filamentMm: number | null;
  currentZ: number | null;
}

export interface DashboardState {
  link: {
    state: SocketState;
    /** Client ms when the next reconnect attempt is due (state 'backoff'). */
    retryAt: number;
    attempt: number;
    /** The socket's last problem (a code and its data; the page words it), cleared when the link is live. */
    lastError: Problem | null;
    authFailure: Problem | null;
    /** The transport of the open link (websocket, xhr-streaming, ...), null before the first open. */
    transport: string | null;
    /** Why the page waits before the next attempt (state 'backoff'), as data the page words. */
    waitReason: WaitWhy | null;
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
  /** Client ms of the last frame or SockJS heartbeat: a quiet server (printer off) still shows the link is alive. */
  lastBeatAt: number;
  /** The one place the printer's state lives: text, every flag, files in use, offsets, the selected file. */
  printer: PrinterView;
  /** Readouts rounded to display precision (0.1 °C), so React only hears of changes a person can see. */
  heaters: Record<string, HeaterReadout>;
  heaterIds: string[];
  counters: { malformed: number; handlerErrors: number; unknown: number; messages: number };
  job: JobView;
  /** OctoPrint's chart markings (print, done, pause, cancel, connected...); replaced only when they change. */
  markings: Marking[];
  /** The newest `serverTime` (epoch s) and the client ms it arrived, so the chart's right edge follows server time. */
  serverTime: number | null;
  serverTimeAt: number;
}

export type DashboardStore = StoreApi<DashboardState>;

export const initialDashboardState: DashboardState = {
  link: {
    state: 'idle',
    retryAt: 0,
    attempt: 0,
    lastError: null,
    authFailure: null,
    transport: null,
    waitReason: null,
  },
  server: { version: null, pluginHash: null, configHash: null, changed: [] },
  lastUpdateAt: 0,
  lastBeatAt: 0,
  printer: initialPrinterView,
  heaters: {},
  heaterIds: [],
  counters: { malformed: 0, handlerErrors: 0, unknown: 0, messages: 0 },
  job: {
    fileName: null,
    fileOrigin: null,
    completion: null,
    printTime: null,
    printTimeLeft: null,
    printTimeLeftOrigin: null,
    estimatedPrintTime: null,
    finishAt: null,
    filamentMm: null,
    currentZ: null,
  },
  markings: [],
  serverTime: null,
  serverTimeAt: 0,
};

export function createDashboardStore(initial: Partial<DashboardState> = {}): DashboardStore {
  return createStore<DashboardState>()(() => ({ ...initialDashboardState, ...initial }));
}
