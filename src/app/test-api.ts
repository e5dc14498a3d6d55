// The page's one test surface: a typed, read-mostly API on `window.__octoprintLiveTest`, installed only when the URL
// has `?test` (test-knobs.ts), from a chunk of its own that no ordinary page loads. Copies only: no API key, no way
// to change what the page shows.
import type { OctoPrintSocket } from '../octoprint/socket-client.ts';
import type { RenderMeter } from '../perf/render-meter.ts';
import type { DashboardStore } from '../store/dashboard-store.ts';
import type { PerfStore } from '../store/perf-store.ts';
import type { Recorder } from '../store/recorder.ts';
import type { TemperatureSeries } from '../store/temperature-series.ts';

export const TEST_API_GLOBAL = '__octoprintLiveTest';

export interface SeriesSnapshot {
  times: number[];
  /** Per heater, actual and target per point (null where the heater had not reported yet). */
  heaters: Record<string, { actual: (number | null)[]; target: (number | null)[] }>;
  counts: { accepted: number; duplicates: number; trimmed: number; outliers: number };
}

export interface SocketSnapshot {
  state: string;
  stats: Record<string, number>;
  pendingCount: number;
  droppedCount: number;
  lastFrameAt: number;
}

export interface TestApi {
  /** The page's temperature series, to compare with the mock's truth. */
  series(): SeriesSnapshot;
  /** The socket client's state and counters. */
  socket(): SocketSnapshot;
  store(): { link: unknown; printer: unknown; counters: unknown; server: unknown };
  /** The render-cost meter's samples (ms per applied update, the newest 20 000) and its pending count, for the bench. */
  costs(): number[];
  pending(): number;
  /** Changes the render-load knob (ms of synchronous work per applied update, 0 to 2000). */
  setRenderLoad(ms: number): void;
  /** Pauses (writing what it holds at once) or resumes handing frames to the recorder: the bench's A-B of recording's
   * cost within one page. */
  setRecording(on: boolean): void;
}

declare global {
  interface Window {
    __octoprintLiveTest?: TestApi;
  }
}

const MAX_COSTS = 20_000;
const num = (v: number): number | null => (Number.isNaN(v) ? null : v);

export interface TestApiSources {
  socket: OctoPrintSocket;
  store: DashboardStore;
  series: TemperatureSeries;
  meter: Pick<RenderMeter, 'onSample' | 'pending'>;
  perfStore: PerfStore;
  recorder?: Pick<Recorder, 'flush'> | null;
}

export function createTestApi({ socket, store, series, meter, perfStore, recorder }: TestApiSources): TestApi {
  const costs: number[] = [];
  let pausedTap: OctoPrintSocket['tap'] = null;
  meter.onSample((s) => {
    costs.push(s.costMs);
    if (costs.length > MAX_COSTS) costs.splice(0, costs.length - MAX_COSTS);
  });
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
    costs: () => costs.slice(),
    pending: () => meter.pending,
    setRenderLoad: (ms: number) => perfStore.setState({ renderLoadMs: Math.max(0, Math.min(2000, Number(ms) || 0)) }),
    setRecording(on: boolean) {
      if (!on && socket.tap) {
        [pausedTap, socket.tap] = [socket.tap, null];
        void recorder?.flush();
      } else if (on && pausedTap) [socket.tap, pausedTap] = [pausedTap, null];
    },
  });
}

/** Puts the API on window (read-only); returns the function that removes it. */
export function installTestApi(api: TestApi): () => void {
  if (typeof window === 'undefined') return () => {};
  Object.defineProperty(window, TEST_API_GLOBAL, {
    value: api,
    configurable: true,
    enumerable: false,
    writable: false,
  });
  return () => {
    delete window.__octoprintLiveTest;
  };
}
