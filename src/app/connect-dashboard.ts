// Wires the socket client to the stores: the one place where protocol messages become UI state.
import { createRestClient, type RestClient } from '../octoprint/rest-client.ts';
import { OctoPrintSocket } from '../octoprint/socket-client.ts';
import type { StateSnapshot } from '../octoprint/types.ts';
import { applySnapshots } from '../store/apply-snapshot.ts';
import { createControlServices, terminalSubscription } from '../store/control-services.ts';
import { createDashboardStore, type DashboardState } from '../store/dashboard-store.ts';
import { FrameBatcher } from '../store/frame-batcher.ts';
import { permissionsFromLogin, setPermissions } from '../store/permissions-store.ts';
import type { Services } from '../store/services.tsx';
import { TemperatureSeries } from '../store/temperature-series.ts';

export interface DashboardConnection {
  services: Services;
  socket: OctoPrintSocket;
  rest: RestClient;
  dispose(): void;
}

export interface ConnectOptions {
  baseUrl: string;
  apiKey: string | null;
}

export function connectDashboard(opts: ConnectOptions): DashboardConnection {
  const store = createDashboardStore();
  const series = new TemperatureSeries();
  const rest = createRestClient({ baseUrl: opts.baseUrl, apiKey: opts.apiKey });
  const controls = createControlServices({
    rest,
    apiKey: opts.apiKey,
    onTerminalOpen(open) {
      socket.options.subscription = terminalSubscription(open);
      socket.sendMessage('subscribe', socket.options.subscription);
    },
  });
  const socket = new OctoPrintSocket({
    baseUrl: opts.baseUrl,
    subscription: terminalSubscription(false),
    auth: {
      login: async () => {
        const login = await rest.passiveLogin();
        setPermissions(controls.permissions, permissionsFromLogin(login));
        return login;
      },
    },
  });
  const patchLink = (p: Partial<DashboardState['link']>) => store.setState((s) => ({ link: { ...s.link, ...p } }));

  const batcher = new FrameBatcher<StateSnapshot>((snaps) => {
    // Temperatures go to the typed-array series (never dropped); the rest is one store write for the frame.
    for (const s of snaps) series.append(s.temps);
    applySnapshots(store, snaps, Date.now());
    controls.feed(snaps);
  });

  socket.on('state', ({ state }) => {
    patchLink(state === 'ready' ? { state, lastError: null, authFailure: null } : { state });
  });
  socket.on('backoff', ({ attempt, retryAt }) => patchLink({ attempt, retryAt }));
  socket.on('error', ({ message }) => patchLink({ lastError: message }));
  socket.on('auth-failed', ({ reason }) => patchLink({ authFailure: reason }));
  socket.on('message', () => {
    const c = socket.stats;
    const prev = store.getState().counters;
    if (prev.malformed !== c.malformed || prev.handlerErrors !== c.handlerErrors || prev.unknown !== c.unknown) {
      store.setState({ counters: { malformed: c.malformed, handlerErrors: c.handlerErrors, unknown: c.unknown, messages: c.received } });
    }
  });

  socket.onMessage('connected', ({ data }) => {
    const prev = store.getState().server;
    const changed: string[] = [];
    if (prev.version !== null) {
      if (prev.version !== data.version) changed.push('version');
      if (prev.pluginHash !== data.plugin_hash) changed.push('plugin_hash');
      if (prev.configHash !== data.config_hash) changed.push('config_hash');
    }
    store.setState({
      server: { version: data.version, pluginHash: data.plugin_hash, configHash: data.config_hash, changed: changed.length ? changed : prev.changed },
    });
  });
  socket.onMessage('history', ({ data }) => {
    batcher.flush();
    series.mergeHistory(data.temps);
    applySnapshots(store, [data], Date.now());
    controls.feedHistory(data);
  });
  socket.onMessage('event', ({ data }) => controls.onEvent(data.type));
  socket.on('ready', () => {
    void controls.refreshSettings();
    void controls.refreshFiles();
  });
  socket.onMessage('current', ({ data }) => batcher.push(data));

  socket.connect();

  const services: Services = {
    store,
    series,
    commands: {
      async setTarget(heater, target) {
        if (heater === 'bed') await rest.post('/api/printer/bed', { command: 'target', target });
        else await rest.post('/api/printer/tool', { command: 'target', targets: { [heater]: target } });
      },
      retryNow: () => socket.retryNow(),
    },
    controls,
  };

  return {
    services,
    socket,
    rest,
    dispose() {
      batcher.dispose();
      socket.dispose();
    },
  };
}
