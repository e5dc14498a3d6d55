// Opens the underlying socket: sockjs-client (framed) or OctoPrint's raw /sockjs/websocket, behind one small interface.
import type SockJSClient from 'sockjs-client';

type SockJSConstructor = typeof SockJSClient;
let SockJSImpl: SockJSConstructor | null = null;
let loading: Promise<SockJSConstructor> | null = null;

/**
 * sockjs-client (about 15 KiB gzip with its helpers) comes in its own chunk, so the first screen paints without
 * waiting for it. The app asks for it at start, in parallel with the first render; a failed load is retried by
 * the next connect attempt (the connect timeout covers a load that hangs).
 */
export function loadSockJS(): Promise<SockJSConstructor> {
  if (SockJSImpl) return Promise.resolve(SockJSImpl);
  loading ??= import('sockjs-client').then(
    (m) => (SockJSImpl = m.default),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export interface RawSocket {
  readonly transport: string;
  /** Whether the transport delivers SockJS heartbeat frames (the raw endpoint sends none). */
  readonly heartbeats: boolean;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: (() => void) | null;
  onmessage: ((data: unknown) => void) | null;
  onclose: ((code: number, reason: string) => void) | null;
  onheartbeat: (() => void) | null;
  /** A SockJS data frame's text as it came (`a[…]`), just before the messages parsed from it; unset elsewhere. */
  onframe?: ((text: string) => void) | null;
}

export type TransportKind = 'sockjs' | 'websocket';

export function sockjsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, '')}/sockjs`;
}

export function rawWebSocketUrl(baseUrl: string): string {
  const origin = typeof location !== 'undefined' ? location.href : 'http://localhost/';
  const u = new URL(`${sockjsUrl(baseUrl)}/websocket`, origin);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

/**
 * Hands each data frame's text to `onframe` before sockjs-client parses it. The recorder keeps that text as it is,
 * where it would otherwise serialise every message the library parsed from it again, on the page, as it arrives.
 * `_transportMessage` is the library's one entry for a transport's frames (1.x); without it nothing is tapped.
 */
function tapFrames(s: object, onframe: (text: string) => void): void {
  const own = s as { _transportMessage?: unknown };
  const parse = own._transportMessage;
  if (typeof parse !== 'function') return;
  own._transportMessage = function (this: unknown, msg: unknown) {
    if (typeof msg === 'string' && (msg[0] === 'a' || msg[0] === 'm')) onframe(msg);
    return (parse as (m: unknown) => unknown).call(this, msg);
  };
}

/**
 * sockjs-client with OctoPrint's 4 s transport timeout (its ~200 ms default abandons slow WebSockets too early).
 * The socket is created at once when the library is loaded, else as soon as it is; a close before then ends it.
 */
export function openSockJS(baseUrl: string, sockjsOptions: Record<string, unknown>): RawSocket {
  let sock: InstanceType<SockJSConstructor> | null = null;
  let closed = false;
  const raw: RawSocket = {
    get transport() {
      return (sock as unknown as { transport?: string | null } | null)?.transport ?? 'sockjs';
    },
    heartbeats: true,
    send: (d) => sock?.send(d),
    close: (code, reason) => {
      if (closed) return;
      closed = true;
      if (sock) sock.close(code, reason);
      else queueMicrotask(() => raw.onclose?.(code ?? 1000, reason ?? ''));
    },
    onopen: null,
    onmessage: null,
    onclose: null,
    onheartbeat: null,
  };
  const attach = (Impl: SockJSConstructor) => {
    if (closed) return;
    const s = new Impl(sockjsUrl(baseUrl), undefined, { timeout: 4000, ...sockjsOptions });
    sock = s;
    s.onopen = () => raw.onopen?.();
    s.onmessage = (e) => raw.onmessage?.(e.data);
    s.onclose = (e) => raw.onclose?.(Number(e.code), String(e.reason ?? ''));
    tapFrames(s, (text) => raw.onframe?.(text));
    (s as unknown as EventTarget).addEventListener('heartbeat', () => raw.onheartbeat?.());
  };
  if (SockJSImpl) attach(SockJSImpl);
  else {
    loadSockJS().then(attach, (err: unknown) => {
      if (closed) return;
      closed = true;
      raw.onclose?.(1006, `could not load the SockJS client: ${String(err)}`);
    });
  }
  return raw;
}

/** OctoPrint's unframed endpoint: one plain JSON text per WebSocket message, no heartbeats. */
export function openRawWebSocket(baseUrl: string, Impl: typeof WebSocket = WebSocket): RawSocket {
  const ws = new Impl(rawWebSocketUrl(baseUrl));
  const raw: RawSocket = {
    transport: 'websocket-raw',
    heartbeats: false,
    send: (d) => ws.send(d),
    close: (code, reason) => ws.close(code, reason),
    onopen: null,
    onmessage: null,
    onclose: null,
    onheartbeat: null,
  };
  ws.onopen = () => raw.onopen?.();
  ws.onmessage = (e: MessageEvent) => raw.onmessage?.(e.data);
  ws.onclose = (e: CloseEvent) => raw.onclose?.(Number(e.code), String(e.reason ?? ''));
  return raw;
}

export interface TransportOptions {
  baseUrl: string;
  /** Preferred SockJS transport order; `sockjsOptions.transports` (from connect(opts)) wins over it. */
  transports: string[] | null;
  webSocket: typeof WebSocket | null;
}

/** Opens the chosen transport; `sockjsOptions` go to the SockJS constructor. */
export function openTransport(
  kind: TransportKind,
  o: TransportOptions,
  sockjsOptions: Record<string, unknown>,
): RawSocket {
  if (kind === 'websocket') return openRawWebSocket(o.baseUrl, o.webSocket ?? undefined);
  return openSockJS(o.baseUrl, o.transports ? { transports: o.transports, ...sockjsOptions } : sockjsOptions);
}

export function transportUrl(kind: TransportKind, baseUrl: string): string {
  return kind === 'websocket' ? rawWebSocketUrl(baseUrl) : sockjsUrl(baseUrl);
}

/**
 * Which transport the next attempt uses. A raw WebSocket that fails to open sends the next attempts to SockJS; if
 * SockJS fails to open too, the server itself was away (a restart), not the raw endpoint, so raw is tried again.
 */
export class TransportChoice {
  private rawFailed = false;

  constructor(private readonly preferRaw: boolean) {}

  next(): TransportKind {
    return this.preferRaw && !this.rawFailed ? 'websocket' : 'sockjs';
  }

  /** An attempt on `kind` did not open. */
  failed(kind: TransportKind): void {
    this.rawFailed = kind === 'websocket';
  }
}
