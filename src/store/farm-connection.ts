// One farm printer's light connection: its own socket client and REST client feeding its card store and sparkline.
import { passiveLoginAuth } from '../octoprint/auth.ts';
import { createRestClient, type RestClient } from '../octoprint/rest-client.ts';
import { OctoPrintSocket } from '../octoprint/socket-client.ts';
import type { EventPayload } from '../octoprint/types.ts';
import type { FarmBatch } from './farm-batch.ts';
import { createFarmPrinterStore, farmPatch, type FarmPrinterStore } from './farm-printer-store.ts';
import { SparkSeries } from './farm-spark.ts';
import { problemText } from './problem-text.ts';
import { narrowServerSettings } from './server-settings.ts';
import { waitReasonText } from './wait-reason.ts';

/** The push API's `subscribe` arrived in 1.8.0: an older server would send the farm everything. */
export const MIN_VERSION = [1, 8, 0];

export function olderThan(version: string, min: readonly number[] = MIN_VERSION): boolean {
  const parts = version
    .split(/[.+-]/)
    .slice(0, 3)
    .map((p) => Number.parseInt(p, 10));
  if (parts.some((n) => !Number.isFinite(n))) return false;
  for (let i = 0; i < min.length; i++) {
    const a = parts[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}

/** A sparkline is redrawn at most this often: its 10 minutes span a card's width, 2-3 px per 6 s. */
export const SPARK_REDRAW_MS = 6000;

/**
 * Reconnect slots this far apart: 250 / 70 ms is 3.6 attempts in any 250 ms, so timers that a busy page fires late,
 * together, still stay within 6.
 */
const SLOT_MS = 70;

/**
 * Seconds per reconnect attempt for the printer in `slot`: after a network blip the farm's sockets come back one slot
 * apart (24 printers within 2 s), each with a little jitter. The second attempt keeps the slots (it starts at twice
 * the first delay plus 1 s, so two slots apart), for a blip longer than the first round; later attempts, for servers
 * still away, spread at random.
 */
export function spreadTimeouts(slot: number, random: () => number = Math.random): number[] {
  const first = 0.25 + (slot * SLOT_MS + random() * 20) / 1000;
  return [first, first + 1 + random() * 0.02, 3 + random() * 2, 6 + random() * 3, 12 + random() * 6];
}

export interface FarmConnectionOptions {
  baseUrl: string;
  apiKey: string | null;
  scheduler: FarmBatch;
  /** This printer's place in the farm: its reconnect slot. */
  slot: number;
  /** Print ends, failures, pauses and disconnects: the farm's notifications. */
  onEvent?(event: EventPayload): void;
  /** A `current` arrived (before the frame batch): the page's render-cost meter counts it. */
  onArrival?(): void;
  /** A `history` is being applied: the budget leaves its batch out. */
  onHistory?(): void;
}

export interface FarmConnection {
  store: FarmPrinterStore;
  spark: SparkSeries;
  socket: OctoPrintSocket;
  rest: RestClient;
  start(): void;
  dispose(): void;
}

export function connectFarmPrinter(opts: FarmConnectionOptions): FarmConnection {
  const store = createFarmPrinterStore();
  const spark = new SparkSeries();
  const rest = createRestClient({ baseUrl: opts.baseUrl, apiKey: opts.apiKey });
  const socket = new OctoPrintSocket({
    baseUrl: opts.baseUrl,
    // A card needs state and events: no log lines, no terminal messages, no plugin traffic.
    subscription: { state: { logs: false, messages: false }, events: true, plugins: false },
    auth: passiveLoginAuth(rest),
    scheduler: opts.scheduler,
    timeouts: spreadTimeouts(opts.slot),
    // The window's online event would send every printer's retry in the same instant: the spread back-off decides.
    watchWindow: false,
  });
  socket.use({
    name: 'farm-arrivals',
    incoming(m) {
      if (m.key === 'current') opts.onArrival?.();
      return m;
    },
  });
  const readSettings = async () => {
    try {
      const s = narrowServerSettings(await rest.get('/api/settings'));
      store.setState({ name: s.name, color: s.color });
    } catch {
      // A user without SETTINGS_READ: the card keeps the saved name and the default colour.
    }
  };
  socket.on('state', ({ state }) =>
    store.setState({ link: state, ...(state === 'ready' ? { linkReason: null } : {}) }),
  );
  // Kept as data and worded when the card shows it, in the language of that moment.
  socket.on('backoff', ({ why }) => store.setState({ linkReason: () => waitReasonText(why) }));
  socket.on('auth-failed', ({ problem }) => store.setState({ linkReason: () => problemText(problem) }));
  socket.on('ready', () => void readSettings());
  socket.on('throttle', ({ factor }) => store.setState({ throttle: factor }));
  socket.onMessage('connected', ({ data }) => {
    const tooOld = olderThan(data.version);
    store.setState({ version: data.version, tooOld });
    if (tooOld) socket.disconnect();
  });
  const redraw = () => spark.draw();
  let drawnAt = Number.NEGATIVE_INFINITY;
  socket.onMessage('history', ({ data }) => {
    opts.onHistory?.();
    spark.replace(data.temps);
    drawnAt = Date.now();
    opts.scheduler.afterFlush(spark, redraw);
    store.setState((s) => farmPatch(s, data, Date.now()));
  });
  socket.onMessage('current', ({ data }) => {
    const before = spark.version;
    spark.append(data.temps);
    // A 10-minute line moves about a pixel per point: redrawn every few seconds, the next update draws what waited.
    if (spark.version !== before && Date.now() - drawnAt >= SPARK_REDRAW_MS) {
      drawnAt = Date.now();
      opts.scheduler.afterFlush(spark, redraw);
    }
    store.setState((s) => farmPatch(s, data, Date.now()));
  });
  socket.onMessage('event', ({ data }) => opts.onEvent?.(data));
  return {
    store,
    spark,
    socket,
    rest,
    start: () => socket.connect(),
    dispose: () => socket.dispose(),
  };
}
