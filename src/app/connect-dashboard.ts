// Wires the socket client to the stores: the one place where protocol messages become UI state.
import { passiveLoginAuth } from '../octoprint/auth.ts';
import { serverLabel } from '../octoprint/recording/server-label.ts';
import { createRestClient, type RestClient } from '../octoprint/rest-client.ts';
import { requestHistory } from '../octoprint/resync.ts';
import { OctoPrintSocket } from '../octoprint/socket-client.ts';
import { PerfLoop } from '../perf/perf-loop.ts';
import { t } from '../shared/i18n.ts';
import { whenIdle } from '../shared/when-idle.ts';
import { createActivityStore } from '../store/activity-store.ts';
import { clockStepNotes } from '../store/apply-clock-steps.ts';
import { applyConnected, applySettingsUpdated } from '../store/apply-connected.ts';
import { applyEvent, applySlicingProgress, linkChangeNotes, loadEventWords } from '../store/apply-event.ts';
import { applyPlugin } from '../store/apply-plugin.ts';
import { applySnapshots } from '../store/apply-snapshot.ts';
import { applyRenderEvent, applyRenderProgress, applyTimelapseConfig } from '../store/apply-timelapse.ts';
import { createControlServices, terminalSubscription } from '../store/control-services.ts';
import { createDashboardStore, type DashboardState } from '../store/dashboard-store.ts';
import { createPerfStore } from '../store/perf-store.ts';
import { permissionsFromLogin, setPermissionCatalog, setPermissions } from '../store/permissions-store.ts';
import { createPreferencesStore } from '../store/preferences-store.ts';
import { browserNotice, createPrintNotices } from '../store/print-notices.ts';
import { createRecorder, type Recorder } from '../store/recorder.ts';
import { refreshOnReady } from '../store/refresh-on-ready.ts';
import { createServerSettingsStore } from '../store/server-settings.ts';
import type { Services } from '../store/services.tsx';
import { TemperatureSeries } from '../store/temperature-series.ts';
import { testKnobs } from './test-knobs.ts';

export interface DashboardConnection {
  services: Services;
  socket: OctoPrintSocket;
  rest: RestClient;
  /** Opens the socket; may be called again after dispose() (React StrictMode mounts twice). */
  start(): void;
  dispose(): void;
}

export interface ConnectOptions {
  baseUrl: string;
  apiKey: string | null;
  /** Replay: no link is opened and nothing is recorded; frames come from ReplayPlayer through socket.replayFrame. */
  replay?: boolean;
  /** The clock for receive times (the recorded time during replay). */
  now?: () => number;
}

export function connectDashboard(opts: ConnectOptions): DashboardConnection {
  const now = opts.now ?? Date.now;
  const dashboard = createDashboardStore();
  const series = new TemperatureSeries(undefined, undefined, opts.now);
  const activity = createActivityStore();
  const preferences = createPreferencesStore();
  // A replay has no server to ask: its settings are the defaults from the start.
  const serverSettings = createServerSettingsStore(opts.baseUrl, Boolean(opts.replay));
  const rest = createRestClient({ baseUrl: opts.baseUrl, apiKey: opts.apiKey });
  const controls = createControlServices({
    rest,
    apiKey: opts.apiKey,
    onTerminalOpen(open) {
      socket.options.subscription = terminalSubscription(open);
      socket.sendMessage('subscribe', socket.options.subscription);
    },
  });
  // The test switch (?test) and its knobs; null on every ordinary page.
  const knobs = testKnobs(typeof location === 'undefined' ? '' : location.search);
  const socket = new OctoPrintSocket({
    baseUrl: opts.baseUrl,
    subscription: terminalSubscription(false),
    // The login answer's `needs.role` are the user's permissions: the controls are gated on them.
    auth: passiveLoginAuth({
      passiveLogin: async () => {
        const login = await rest.passiveLogin();
        setPermissions(controls.permissions, permissionsFromLogin(login));
        return login;
      },
    }),
    // A test knob, only with ?test; otherwise the real 35 s default.
    ...(knobs?.livenessTimeoutMs ? { livenessTimeout: knobs.livenessTimeoutMs } : {}),
  });
  let uninstallTestApi = () => {};
  // Every frame as received goes to the recorder: its text and a time, written in batches later.
  // `?record=off`: the same page and panel, with a recorder that says it is off and is given no frame (a profile of
  // the page without recording; the bench's cost row pauses the tap through the test API instead).
  const recordOff = typeof location !== 'undefined' && /[?&]record=off\b/.test(location.search);
  const recorder: Recorder | null = opts.replay ? null : createRecorder(serverLabel(opts.baseUrl));
  if (recorder && recordOff) recorder.status.setState({ stopped: t('recording.recordOff') });
  else if (recorder) socket.tap = (raw, frame) => recorder.note(raw, frame);
  const patchLink = (p: Partial<DashboardState['link']>) => dashboard.setState((s) => ({ link: { ...s.link, ...p } }));

  // The render-cost meter measures each frame's update and drives the throttle (src/perf).
  const perfStore = createPerfStore({ renderLoadMs: knobs?.renderLoadMs ?? 0 });
  const perfLoop = new PerfLoop({
    socket,
    publish: (snap) => perfStore.setState(snap),
    renderLoadMs: () => perfStore.getState().renderLoadMs,
    // Back from a hidden tab (×20): a fresh history brings the chart and state up to date at once.
    onReturn: () => requestHistory(socket),
  });
  // The test API is its own chunk, loaded only with the switch: test code never weighs on an ordinary page's start.
  const testApi =
    knobs &&
    import('./test-api.ts').then((m) => ({
      m,
      api: m.createTestApi({ socket, store: dashboard, series, meter: perfLoop.meter, perfStore, recorder }),
    }));
  // Incoming extensions run as each frame arrives, before coalescing: the meter's arrival times and rate.
  socket.use({
    name: 'render-cost-meter',
    incoming(m) {
      if (m.key === 'current') perfLoop.noteMessage();
      return m;
    },
  });

  const noteLinkChange = linkChangeNotes(activity);
  socket.on('state', ({ state, previous }) => {
    patchLink(state === 'ready' ? { state, lastError: null, authFailure: null } : { state });
    noteLinkChange(state, previous, now());
  });
  socket.on('ready', ({ relogin }) => {
    // A re-login brings no history of its own (OctoPrint registers a socket once): ask for one, so what changed
    // while the session was being replaced shows at once. The login answer has already refreshed the permissions.
    if (relogin) requestHistory(socket);
    void refreshOnReady(rest, { preferences, serverSettings, activity });
    void controls.refreshFiles();
  });
  // A quiet server (printer off) still beats every 25 s: the page shows the link alive, not stale.
  socket.on('heartbeat', ({ at }) => dashboard.setState({ lastBeatAt: at }));
  socket.on('backoff', ({ attempt, retryAt, why }) => patchLink({ attempt, retryAt, waitReason: why }));
  socket.on('connected', ({ transport }) => patchLink({ transport, waitReason: null }));
  const syncCounters = () => {
    const c = socket.stats;
    const prev = dashboard.getState().counters;
    if (prev.malformed !== c.malformed || prev.handlerErrors !== c.handlerErrors || prev.unknown !== c.unknown) {
      dashboard.setState({
        counters: { malformed: c.malformed, handlerErrors: c.handlerErrors, unknown: c.unknown, messages: c.received },
      });
    }
  };
  socket.on('error', ({ problem }) => {
    patchLink({ lastError: problem });
    // A bad frame or a throwing handler shows at once, not only with the next good message.
    syncCounters();
  });
  socket.on('auth-failed', ({ problem }) => patchLink({ authFailure: problem }));
  socket.on('message', syncCounters);

  // The first `history` of a connection comes as the server registers the socket, before it has a backlog to repeat.
  let firstOnConnection = true;
  socket.onMessage('connected', ({ data }) => {
    firstOnConnection = true;
    applyConnected(dashboard, data);
    setPermissionCatalog(controls.permissions, data.permissions);
  });
  // A server clock step restarts the temperature series; the chart and the feed say so.
  const noteClockSteps = clockStepNotes(series, dashboard, activity);
  socket.onMessage('history', ({ data }) => {
    series.mergeHistory(data.temps, { firstOnConnection });
    noteClockSteps();
    applySnapshots(dashboard, [data], now(), true);
    controls.feedHistory(data, firstOnConnection);
    firstOnConnection = false;
  });
  // The socket delivers at most one `current` per frame, already coalesced (temps concatenated, never dropped).
  socket.onMessage('current', ({ data }) =>
    perfLoop.measure(() => {
      series.append(data.temps);
      noteClockSteps();
      applySnapshots(dashboard, [data], now());
      controls.feed([data]);
    }),
  );
  // Browser notifications (print done, failed, paused, printer gone mid-print), for the live link only: never a replay.
  const notices = opts.replay
    ? null
    : createPrintNotices(() => serverSettings.getState().name || serverLabel(opts.baseUrl), browserNotice);
  let unwatchPrinting = () => {};
  // The event words are their own chunk: fetched while nothing else goes on, before most pages see their first event.
  whenIdle(() => void loadEventWords(), 5000);
  socket.onMessage('event', ({ data }) => {
    notices?.onEvent(data);
    if (data.type === 'SettingsUpdated') applySettingsUpdated(dashboard, data.payload);
    applyEvent(activity, data, now());
    applyRenderEvent(activity, data);
    controls.onEvent(data.type);
  });
  socket.onMessage('renderProgress', ({ data }) => applyRenderProgress(activity, data.progress));
  socket.onMessage('timelapse', ({ data }) => applyTimelapseConfig(activity, data));
  socket.onMessage('plugin', ({ data }) => applyPlugin(activity, data, now()));
  socket.onMessage('slicingProgress', ({ data }) => applySlicingProgress(activity, data));

  const services: Services = {
    dashboard,
    series,
    activity,
    preferences,
    serverSettings,
    perf: { store: perfStore, pin: (factor) => perfLoop.pin(factor) },
    commands: {
      retryNow: () => socket.retryNow(),
      async answerPrompt(choice) {
        await rest.post('/api/plugin/action_command_prompt', { command: 'select', choice });
        activity.setState({ prompt: null });
      },
    },
    controls,
    recorder,
    ...(opts.now ? { now: opts.now } : {}),
  };

  return {
    services,
    socket,
    rest,
    start() {
      let started = true;
      testApi
        ?.then(({ m, api }) => {
          if (started) uninstallTestApi = m.installTestApi(api);
        })
        .catch((e: unknown) => console.error('test API not loaded', e));
      uninstallTestApi = () => {
        started = false;
      };
      if (notices)
        unwatchPrinting = dashboard.subscribe((s) =>
          notices.onPrinting(s.printer.flags.printing || s.printer.flags.paused),
        );
      perfLoop.start();
      if (!opts.replay) socket.connect();
    },
    dispose() {
      uninstallTestApi();
      unwatchPrinting();
      perfLoop.stop();
      socket.dispose();
      void recorder?.close();
    },
  };
}
