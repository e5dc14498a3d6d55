// The mock's bad network: latency, swallowed WebSocket upgrades, stalled bodies, a bandwidth cap and loss-like stalls
// on the HTTP server's own sockets, plus a push socket closed soon after its `history`. Off by default.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Params } from '../scenarios/params.ts';
import { CLEAR_LINE, DelayLine, type LineShape } from './delay-line.ts';
import { NO_FAULTS, parseNetFaults, type NetFaultConfig } from './net-config.ts';
import { stallAfterHead } from './stall.ts';

export interface NetStats {
  /** Client ms of every POST /api/login, to see how often the page logs in. */
  logins: number[];
  upgrades: number;
  swallowedUpgrades: number;
  stalledAnswers: number;
  closedAfterHistory: number;
  lossStalls: number;
}

type Listener = (...args: unknown[]) => void;

export class NetFaults {
  config: NetFaultConfig = { ...NO_FAULTS };
  stats: NetStats = {
    logins: [],
    upgrades: 0,
    swallowedUpgrades: 0,
    stalledAnswers: 0,
    closedAfterHistory: 0,
    lossStalls: 0,
  };
  private readonly held = new Set<Duplex>();
  private readonly lines = new Set<DelayLine>();

  constructor(private readonly random: () => number = Math.random) {}

  /** Changes the faults (missing keys stay); returns the config in force. */
  set(p: Params): NetFaultConfig {
    this.config = parseNetFaults(p, this.config);
    return this.config;
  }

  /** No faults, fresh counters, and the connections held by a swallowed upgrade let go. */
  reset(): void {
    this.config = { ...NO_FAULTS };
    this.stats = {
      logins: [],
      upgrades: 0,
      swallowedUpgrades: 0,
      stalledAnswers: 0,
      closedAfterHistory: 0,
      lossStalls: 0,
    };
    for (const s of this.held) s.destroy();
    this.held.clear();
  }

  /** Shape of each direction of a connection, from the config in force now. */
  shape(): LineShape {
    const c = this.config;
    if (c.rttMs <= 0 && c.bandwidthKbps <= 0 && c.lossRate <= 0) return CLEAR_LINE;
    return { latencyMs: c.rttMs / 2, bytesPerMs: c.bandwidthKbps / 8, lossRate: c.lossRate, stallMs: c.lossStallMs };
  }

  /**
   * Takes over the server's `request` and `upgrade` listeners (call after every handler, SockJS's included, is
   * installed) and shapes every connection's outgoing bytes.
   */
  install(server: Server): void {
    const onRequest = server.listeners('request') as Listener[];
    const onUpgrade = server.listeners('upgrade') as Listener[];
    server.removeAllListeners('request');
    server.removeAllListeners('upgrade');
    server.on('connection', (socket: Duplex) => this.shapeOutgoing(socket));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'POST' && req.url?.split('?')[0] === '/api/login') this.stats.logins.push(Date.now());
      const { stallBody, stallCount } = this.config;
      if (
        stallBody &&
        new RegExp(stallBody).test(req.url ?? '') &&
        (stallCount === 0 || this.stats.stalledAnswers < stallCount)
      ) {
        this.stats.stalledAnswers++;
        stallAfterHead(res.socket as Duplex, this.config.stallAfterBytes);
      }
      this.afterHalfRtt(() => {
        for (const l of onRequest) l.call(server, req, res);
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.stats.upgrades++;
      if (this.config.swallowUpgrades) {
        // Never answered: the client's WebSocket stays "connecting" until it gives up.
        this.stats.swallowedUpgrades++;
        this.held.add(socket);
        socket.on('close', () => this.held.delete(socket));
        socket.on('error', () => socket.destroy());
        return;
      }
      this.shapeIncoming(socket);
      this.afterHalfRtt(() => {
        for (const l of onUpgrade) l.call(server, req, socket, head);
      });
    });
    server.on('close', () => this.dispose());
  }

  /** A push connection: closed closeAfterHistoryMs after it sent `history`, if that fault is on. */
  watchPush(conn: { write(data: string): boolean; close(code?: string, reason?: string): boolean }): void {
    const write = conn.write.bind(conn);
    conn.write = (data: string) => {
      const ms = this.config.closeAfterHistoryMs;
      if (ms !== null && typeof data === 'string' && data.startsWith('{"history"')) {
        setTimeout(() => {
          this.stats.closedAfterHistory++;
          (conn.close as unknown as (code: number, reason: string) => boolean).call(conn, 3000, 'Go away!');
        }, ms).unref();
      }
      return write(data);
    };
  }

  /** The server is closing: faults off, held connections dropped, queued bytes sent so that sockets can end. */
  dispose(): void {
    this.config = { ...NO_FAULTS };
    for (const s of this.held) s.destroy();
    this.held.clear();
    for (const l of this.lines) l.flushAll();
  }

  private afterHalfRtt(fn: () => void): void {
    const ms = this.config.rttMs / 2;
    if (ms > 0) setTimeout(fn, ms).unref();
    else fn();
  }

  private line(socket: Duplex): DelayLine {
    const line = new DelayLine(this.random);
    this.lines.add(line);
    socket.once('close', () => {
      this.stats.lossStalls += line.stalls;
      line.clear();
      this.lines.delete(line);
    });
    return line;
  }

  /** Everything the server writes on this socket goes through a delay line, in order; end() waits its turn. */
  private shapeOutgoing(socket: Duplex): void {
    const line = this.line(socket);
    const write = socket.write.bind(socket) as (chunk: unknown, enc?: unknown, cb?: unknown) => boolean;
    const end = socket.end.bind(socket) as (...args: unknown[]) => Duplex;
    const alive = () => !socket.destroyed && !socket.writableEnded;
    socket.write = ((chunk: string | Uint8Array, enc?: unknown, cb?: unknown) => {
      const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      line.push(bytes, this.shape(), () => {
        if (alive()) write(chunk, enc, cb);
      });
      return true;
    }) as Duplex['write'];
    socket.end = ((...args: unknown[]) => {
      line.push(0, this.shape(), () => {
        if (alive()) end(...args);
      });
      return socket;
    }) as Duplex['end'];
  }

  /** After an upgrade, what the client sends (socket frames) is delayed too; HTTP requests wait in `request`. */
  private shapeIncoming(socket: Duplex): void {
    const line = this.line(socket);
    const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event !== 'data' && event !== 'end') return emit(event, ...args);
      const bytes = event === 'data' ? (args[0] as Buffer).byteLength : 0;
      line.push(bytes, this.shape(), () => emit(event, ...args));
      return true;
    }) as Duplex['emit'];
  }
}
