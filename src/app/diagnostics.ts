// Read-only test knobs and diagnostics, active only with `?diagnostics=1` in the page URL: tests compare the page's
// temperature series and socket counters with the mock's truth. Copies only; no API key, no way to change anything.
import type { OctoPrintSocket } from '../octoprint/socket-client.ts';
import type { DashboardStore } from '../store/dashboard-store.ts';
import type { TemperatureSeries } from '../store/temperature-series.ts';

export const DIAGNOSTICS_GLOBAL = '__octoprintLiveDiagnostics';

export interface SeriesSnapshot {
  times: number[];
  /** Per heater, actual and target per point (null where the heater had not reported yet). */
  heaters: Record<string, { actual: (number | null)[]; target: (number | null)[] }>;
  counts: { accepted: number; duplicates: number; trimmed: number };
}

export interface SocketSnapshot {
  state: string;
  stats: Record<string, number>;
  pendingCount: number;
  droppedCount: number;
  lastFrameAt: number;
}

export interface Diagnostics {
  series(): SeriesSnapshot;
  socket(): SocketSnapshot;
  store(): { link: unknown; printer: unknown; counters: unknown; server: unknown };
}

function searchParams(): URLSearchParams | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search);
}

/** True when the page was opened with `?diagnostics=1`. */
export function diagnosticsEnabled(params = searchParams()): boolean {
  return params?.get('diagnostics') === '1';
}

/**
 * Test knob: `?livenessTimeout=<ms>` (with `?diagnostics=1`) shortens the socket's liveness watchdog so a silent link
 * is detected in seconds in tests. Without both, the socket keeps its real default.
 */
export function livenessOverride(params = searchParams()): number | undefined {
  if (!params || !diagnosticsEnabled(params)) return undefined;
  const ms = Number(params.get('livenessTimeout'));
  return Number.isFinite(ms) && ms >= 1000 ? ms : undefined;
}

const num = (v: number): number | null => (Number.isNaN(v) ? null : v);

export function createDiagnostics(socket: OctoPrintSocket, store: DashboardStore, series: TemperatureSeries): Diagnostics {
  return Object.freeze({
    series(): SeriesSnapshot {
      const v = series.view();
      const heaters: SeriesSnapshot['heaters'] = {};
      v.heaters.forEach((id, h) => {
        heaters[id] = { actual: Array.from(v.actual[h] ?? [], num), target: Array.from(v.target[h] ?? [], num) };
      });
      return { times: Array.from(v.times), heaters, counts: { ...series.counts } };
    },
    socket(): SocketSnapshot {
      return {
        state: socket.state,
        stats: { ...socket.stats },
        pendingCount: socket.pendingCount,
        droppedCount: socket.droppedCount,
        lastFrameAt: socket.lastFrameAt,
      };
    },
    store() {
      const s = store.getState();
      return structuredClone({ link: s.link, printer: s.printer, counters: s.counters, server: s.server });
    },
  });
}

/** Exposes the diagnostics on window when enabled; returns the function that removes them. */
export function installDiagnostics(socket: OctoPrintSocket, store: DashboardStore, series: TemperatureSeries): () => void {
  if (typeof window === 'undefined' || !diagnosticsEnabled()) return () => {};
  const w = window as unknown as Record<string, unknown>;
  Object.defineProperty(w, DIAGNOSTICS_GLOBAL, {
    value: createDiagnostics(socket, store, series),
    configurable: true,
    enumerable: false,
    writable: false,
  });
  return () => {
    delete w[DIAGNOSTICS_GLOBAL];
  };
}
