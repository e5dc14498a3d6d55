// Test-only in-process OctoPrint push server: the real `sockjs` package framing objects like OctoPrint, plus /api/login.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sockjs, { type Connection } from 'sockjs';
import { useObjectFrames } from '../../../mock/push/object-frames.ts';

/** The real timer, saved before a test installs fake timers, so waiting for socket I/O keeps working. */
const realSetTimeout = globalThis.setTimeout;

export interface ServerConnection {
  readonly conn: Connection;
  /** Client messages, parsed. */
  readonly received: Record<string, unknown>[];
  send(message: Record<string, unknown>): void;
  close(code?: number, reason?: string): void;
  readonly closed: boolean;
}

export interface LoginReply {
  status: number;
  body: unknown;
}

export interface PushServerOptions {
  /** SockJS `h` frame interval; huge by default so that tests decide when the link is silent. */
  heartbeatMs?: number;
  /** Sent on every open, as OctoPrint does; null to send nothing. */
  connected?: Record<string, unknown> | null;
  /** Leave /sockjs requests unanswered (a black hole) to exercise connect timeouts. */
  blackhole?: boolean;
}

export interface PushServer {
  readonly url: string;
  readonly connections: ServerConnection[];
  readonly logins: { headers: IncomingMessage['headers']; body: string }[];
  /** What POST /api/login answers next (default: a passive login of `alice`). */
  loginReply: LoginReply;
  options: PushServerOptions;
  latest(): ServerConnection;
  close(): Promise<void>;
}

export const CONNECTED = {
  connected: { version: '1.11.8', display_version: '1.11.8', plugin_hash: 'p1', config_hash: 'c1', permissions: [] },
};

/** Polls `cond` across real event-loop turns (socket I/O) while advancing fake timers by 0; throws after `ms` real time. */
export async function until(
  cond: () => boolean,
  what = 'condition',
  ms = 3000,
  tick?: () => Promise<unknown>,
): Promise<void> {
  const deadline = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    if (tick) await tick();
    await new Promise((r) => realSetTimeout(r, 2));
  }
}

/**
 * OctoPrint's sockjs-tornado sends `h` frames on every transport; the `sockjs` package pings WebSockets at the protocol
 * level instead, which sockjs-client never sees. Switch this session to `h` frames.
 */
function framesHeartbeats(conn: Connection): void {
  const recv = (
    conn as unknown as { _session?: { recv?: { heartbeat?: () => void; doSendFrame?: (f: string) => void } } }
  )._session?.recv;
  if (recv?.doSendFrame) recv.heartbeat = () => recv.doSendFrame?.('h');
}

function wrap(conn: Connection): ServerConnection {
  const received: Record<string, unknown>[] = [];
  let closed = false;
  conn.on('data', (text: string) => {
    try {
      received.push(JSON.parse(text) as Record<string, unknown>);
    } catch {
      received.push({ invalid: text });
    }
  });
  conn.on('close', () => {
    closed = true;
  });
  return {
    conn,
    received,
    send: (m) => conn.write(JSON.stringify(m)),
    close: (code = 3000, reason = 'Go away!') => conn.close(code as unknown as string, reason),
    get closed() {
      return closed;
    },
  };
}

export async function startPushServer(options: PushServerOptions = {}): Promise<PushServer> {
  useObjectFrames();
  const connections: ServerConnection[] = [];
  const logins: PushServer['logins'] = [];
  const server: PushServer = {
    url: '',
    connections,
    logins,
    loginReply: {
      status: 200,
      body: { name: 'alice', session: 'sess-1', groups: ['users'], needs: { role: ['status'] } },
    },
    options,
    latest() {
      const c = connections[connections.length - 1];
      if (!c) throw new Error('no connection yet');
      return c;
    },
    close: async () => {},
  };
  const push = sockjs.createServer({
    prefix: '/sockjs',
    heartbeat_delay: options.heartbeatMs ?? 1e9,
    disconnect_delay: 5000,
    log: () => {},
  });
  push.on('connection', (conn) => {
    if (!conn) return;
    framesHeartbeats(conn);
    const c = wrap(conn);
    connections.push(c);
    const hello = server.options.connected === undefined ? CONNECTED : server.options.connected;
    if (hello) c.send(hello);
  });
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/api/login' && req.method === 'POST') {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        logins.push({ headers: req.headers, body });
        res.writeHead(server.loginReply.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(server.loginReply.body));
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });
  push.installHandlers(http);
  // sockjs adds its own request listener first; ours must not answer its paths, and must hold them in black-hole mode.
  const listeners = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/sockjs') && server.options.blackhole) return;
    for (const l of listeners) l(req, res);
  });
  // Upgrades nobody answers and held requests survive closeAllConnections(); track raw sockets to end them all.
  const sockets = new Set<import('node:net').Socket>();
  http.on('connection', (sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  (server as { url: string }).url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.close = async () => {
    for (const c of connections) if (!c.closed) c.conn.close();
    http.closeAllConnections();
    for (const sock of sockets) sock.destroy();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  return server;
}
