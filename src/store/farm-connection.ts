// One farm printer's light connection: its own socket client and REST client feeding its card store and sparkline.
import { passiveLoginAuth } from '../octoprint/auth.ts';
import { createRestClient, type RestClient } from '../octoprint/rest-client.ts';
import { OctoPrintSocket } from '../octoprint/socket-client.ts';
import type { SocketOptions, Subscription } from '../octoprint/socket-types.ts';
import type { EventPayload } from '../octoprint/types.ts';
import type { FarmBatch } from './farm-batch.ts';
import { FARM_EVENTS, farmEventPatch } from './farm-events.ts';
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

/** A card needs state and a few events: no log lines, no terminal messages, no plugin traffic. */
export const STATE_ON: Subscription = {
  state: { logs: false, messages: false },
  events: [...FARM_EVENTS],
  plugins: false,
};
/** A card out of view: its state part left out means off (no `current` at all), its events stay on. */
export const STATE_OFF: Subscription = { events: [...FARM_EVENTS], plugins: false };

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
  /** The transports to try (tests run in Node, where only the WebSocket one works). */
  transports?: SocketOptions['transports'];
}

export interface FarmConnection {
  store: FarmPrinterStore;
  spark: SparkSeries;
  socket: OctoPrintSocket;
  rest: RestClient;
  /** Whether the server sends this socket `current`s: off for a card out of view, whose events alone then feed it. */
  readonly stateOn: boolean;
  /** Turns state on (the server answers with a fresh `history`) or off; applied once the link is live. */
  setStateOn(on: boolean): void;
  start(): void;
  dispose(): void;
}

export function connectFarmPrinter(opts: FarmConnectionOptions): FarmConnection {
  const store = createFarmPrinterStore();
  const spark = new SparkSeries();
  const rest = createRestClient({ baseUrl: opts.baseUrl, apiKey: opts.apiKey });
  const socket = new OctoPrintSocket({
    baseUrl: opts.baseUrl,
    // Every connection opens with state on: its `history` is what makes the link live (and the card fresh).
    subscription: STATE_ON,
    auth: passiveLoginAuth(rest),
    scheduler: opts.scheduler,
    timeouts: spreadTimeouts(opts.slot),
    // The window's online event would send every printer's retry in the same instant: the spread back-off decides.
    watchWindow: false,
    ...(opts.transports ? { transports: opts.transports } : {}),
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
  let wantState = true;
  // Each socket opens with STATE_ON (sent before auth); what we last sent on it is what the server sends us.
  let serverState = true;
  const sendState = () => {
    if (socket.state !== 'ready' || serverState === wantState) return;
    // A subscribe without state before the socket's `history` would leave it never live (docs/octoprint-semantics.md §2).
    if (socket.sendMessage('subscribe', wantState ? STATE_ON : STATE_OFF)) serverState = wantState;
  };
  socket.on('connected', () => {
    serverState = true;
  });
  socket.on('ready', () => {
    void readSettings();
    sendState();
  });
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
  socket.onMessage('event', ({ data }) => {
    // Applied with state on too: a card's `current`s may be 10 s apart (the budget's throttle), and a card that still
    // reads Printing after the print-finished notice contradicts it.
    const patch = farmEventPatch(store.getState(), data);
    if (patch) store.setState(patch);
    opts.onEvent?.(data);
  });
  return {
    store,
    spark,
    socket,
    rest,
    get stateOn() {
      return serverState;
    },
    setStateOn(on) {
      wantState = on;
      sendState();
    },
    start: () => socket.connect(),
    dispose: () => socket.dispose(),
  };
}
