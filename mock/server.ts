// Starts one mock OctoPrint: HTTP (express) + SockJS push at /sockjs on one port, driven by a virtual printer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import sockjs from 'sockjs';
import { VirtualPrinter } from './printer/virtual-printer.ts';
import { useObjectFrames } from './push/object-frames.ts';
import { PushSession } from './push/push-session.ts';
import { cors } from './rest/cors.ts';
import { mockRoutes } from './rest/mock-routes.ts';
import { printerRoutes } from './rest/printer-routes.ts';
import { serverRoutes } from './rest/server-routes.ts';
import { runScenario } from './scenarios.ts';
import { MockState } from './state.ts';

export interface MockOptions {
  port: number;
  host: string;
  apiKey: string;
  speed: number;
  seed: number;
  tools: number;
  version?: string;
}

export interface MockServer {
  url: string;
  port: number;
  apiKey: string;
  state: MockState;
  printer: VirtualPrinter;
  close(): Promise<void>;
}

export const DEFAULT_API_KEY = 'MOCK-OCTOPRINT-API-KEY-0000000000';

export async function startMock(opts: Partial<MockOptions> = {}): Promise<MockServer> {
  const o: MockOptions = { port: 5001, host: '127.0.0.1', apiKey: DEFAULT_API_KEY, speed: 1, seed: 1, tools: 1, ...opts };
  useObjectFrames();
  const state = new MockState(o.apiKey, o.version ? { version: o.version } : {});
  const printer = new VirtualPrinter({ speed: o.speed, tools: o.tools });
  printer.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(cors);
  app.use(express.json({ limit: '1mb' }));
  app.use((_req, res, next) => {
    res.set('X-Clacks-Overhead', 'GNU Terry Pratchett');
    next();
  });
  app.use(serverRoutes(state, printer));
  app.use(printerRoutes(state, printer));
  const mock: MockServer = { url: '', port: 0, apiKey: o.apiKey, state, printer, close: async () => {} };
  app.use(mockRoutes(state, printer, (name, params) => runScenario(mock, name, params)));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });

  const http: Server = createServer(app);
  const push = sockjs.createServer({ prefix: '/sockjs', heartbeat_delay: 25_000, disconnect_delay: 5_000, log: () => {} });
  push.on('connection', (conn) => {
    if (!conn) return;
    state.pushSessions.add(new PushSession(conn, printer, state));
  });
  push.installHandlers(http);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(o.port, o.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  mock.port = port;
  mock.url = `http://${o.host}:${port}`;
  mock.close = async () => {
    printer.stop();
    for (const s of state.pushSessions) s.conn.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  return mock;
}
