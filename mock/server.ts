// Starts one mock OctoPrint: HTTP (express) + SockJS push at /sockjs on one port, driven by a virtual printer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import sockjs from 'sockjs';
import { NetFaults } from './net/net-faults.ts';
import { seededRandom } from './printer/clock.ts';
import { VirtualPrinter } from './printer/virtual-printer.ts';
import { useObjectFrames } from './push/object-frames.ts';
import { PushSession } from './push/push-session.ts';
import { loadRecording, serveReplay } from './replay.ts';
import { cors } from './rest/cors.ts';
import { fileRoutes } from './rest/file-routes.ts';
import { gate } from './rest/gate.ts';
import { groupRoutes } from './rest/group-routes.ts';
import { jobRoutes } from './rest/job-routes.ts';
import { loginRoutes } from './rest/login-routes.ts';
import { mockControlGuard, mockRoutes } from './rest/mock-routes.ts';
import { pluginRoutes } from './rest/plugin-routes.ts';
import { printerRoutes } from './rest/printer-routes.ts';
import { serverRoutes } from './rest/server-routes.ts';
import { DEFAULT_SETTINGS, settingsRoutes, type MockSettings } from './rest/settings-routes.ts';
import { userRoutes } from './rest/user-routes.ts';
import { webcamRoutes } from './rest/webcam-routes.ts';
import { runScenario } from './scenarios/index.ts';
import { MockState } from './state.ts';

export interface MockOptions {
  port: number;
  host: string;
  apiKey: string;
  speed: number;
  seed: number;
  tools: number;
  /** OctoPrint's temperature.cutoff: minutes of temperature history kept and charted (30 by default). */
  cutoffMinutes?: number;
  version?: string;
  /** The `connected` message's plugin_hash and config_hash (a change after a restart asks the page to reload). */
  pluginHash?: string;
  configHash?: string;
  /** Real ms before an Application Keys request is approved. */
  appkeyDelayMs: number;
  /** api.allowCrossOrigin as on the real server (default true, as recorded). */
  allowCrossOrigin: boolean;
  /** Strict mode: app-key requests wait for an `appkey-decision` scenario instead of approving after a delay. */
  strict: boolean;
  /** /mock (no key needed) answers other machines too; off by default, like the proxy's opt-in. */
  allowRemoteControl: boolean;
  settings: Partial<MockSettings>;
  /** A recording file: every push socket is served it instead of the virtual printer's messages (mock/replay.ts). */
  replay?: string;
  /** Scenarios run right after start, e.g. [{ name: 'print', seconds: 60 }]. */
  scenarios: ({ name: string } & Record<string, unknown>)[];
}

export interface MockServer {
  url: string;
  port: number;
  apiKey: string;
  state: MockState;
  printer: VirtualPrinter;
  /** The bad-network layer (scenario `net`, CLI `--net JSON`): off until set. */
  net: NetFaults;
  scenario(name: string, params?: Record<string, unknown>): unknown;
  close(): Promise<void>;
}

export const DEFAULT_API_KEY = 'MOCK-OCTOPRINT-API-KEY-0000000000';

export async function startMock(opts: Partial<MockOptions> = {}): Promise<MockServer> {
  const o: MockOptions = {
    port: 5001,
    host: '127.0.0.1',
    apiKey: DEFAULT_API_KEY,
    speed: 1,
    seed: 1,
    tools: 1,
    appkeyDelayMs: 1000,
    allowCrossOrigin: true,
    strict: false,
    allowRemoteControl: false,
    settings: {},
    scenarios: [],
    ...opts,
  };
  useObjectFrames();
  const identity = { version: o.version, pluginHash: o.pluginHash, configHash: o.configHash };
  const state = new MockState(
    o.apiKey,
    Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== undefined)),
  );
  state.allowCrossOrigin = o.allowCrossOrigin;
  state.appkeyManual = o.strict;
  const printer = new VirtualPrinter({
    speed: o.speed,
    tools: o.tools,
    seed: o.seed,
    ...(o.cutoffMinutes ? { cutoffMinutes: o.cutoffMinutes } : {}),
  });
  state.random = printer.random;
  printer.start();

  const mock: MockServer = {
    url: '',
    port: 0,
    apiKey: o.apiKey,
    state,
    printer,
    net: new NetFaults(seededRandom(o.seed + 1)),
    scenario: (name, params = {}) => runScenario(mock, name, { ...params, name }),
    close: async () => {},
  };
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  // Before CORS, which would answer any origin's preflight.
  app.use('/mock', mockControlGuard(o.allowRemoteControl));
  app.use(cors(state));
  app.use(gate(state));
  app.use(express.json({ limit: '8mb' }));
  app.use((_req, res, next) => {
    res.set('X-Clacks-Overhead', 'GNU Terry Pratchett');
    next();
  });
  app.use(webcamRoutes(state));
  app.use(serverRoutes(state, printer));
  app.use(loginRoutes(state, printer));
  app.use(userRoutes(state));
  app.use(groupRoutes(state));
  app.use(settingsRoutes(state, printer, { ...DEFAULT_SETTINGS, ...o.settings }));
  app.use(printerRoutes(state, printer));
  app.use(jobRoutes(state, printer));
  app.use(fileRoutes(state, printer));
  app.use(pluginRoutes(state, printer, { appkeyDelayMs: o.appkeyDelayMs }));
  app.use(mockRoutes(state, printer, (name, params) => runScenario(mock, name, params)));
  app.use(['/api', '/plugin'], (_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  // Malformed JSON bodies get OctoPrint's 400 instead of express's HTML error page.
  app.use(
    (err: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(err.status ?? 500).json({ error: err.message });
    },
  );

  const recording = o.replay ? loadRecording(o.replay) : null;
  const http: Server = createServer(app);
  const push = sockjs.createServer({
    prefix: '/sockjs',
    heartbeat_delay: 25_000,
    disconnect_delay: 5_000,
    log: () => {},
  });
  push.on('connection', (conn) => {
    if (!conn) return;
    // While "restarting", new sockets are closed at once.
    if (state.down) {
      conn.close();
      return;
    }
    mock.net.watchPush(conn);
    if (recording) {
      serveReplay(conn, recording, o.speed, state.truth);
      return;
    }
    state.pushSessions.add(new PushSession(conn, printer, state));
  });
  push.installHandlers(http);
  // Last, so that it sees every request and upgrade before express and SockJS do.
  mock.net.install(http);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(o.port, o.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  mock.port = port;
  mock.url = `http://${o.host}:${port}`;
  mock.close = async () => {
    printer.stop();
    for (const s of [...state.pushSessions]) s.kick();
    // Connections held by a swallowed upgrade would keep close() waiting for ever.
    mock.net.dispose();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  for (const { name, ...params } of o.scenarios) mock.scenario(name, params);
  return mock;
}
