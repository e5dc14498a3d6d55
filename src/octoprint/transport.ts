// Opens the underlying socket: sockjs-client (framed) or OctoPrint's raw /sockjs/websocket, behind one small interface.
import SockJS from 'sockjs-client';

export interface RawSocket {
  readonly transport: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: (() => void) | null;
  onmessage: ((data: unknown) => void) | null;
  onclose: ((code: number, reason: string) => void) | null;
  onheartbeat: (() => void) | null;
}

export type TransportKind = 'sockjs' | 'websocket';

export function sockjsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, '')}/sockjs`;
}

function wsUrl(baseUrl: string): string {
  const origin = typeof location !== 'undefined' ? location.href : 'http://localhost/';
  const u = new URL(sockjsUrl(baseUrl) + '/websocket', origin);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

export function openSockJS(baseUrl: string, sockjsOptions: Record<string, unknown>): RawSocket {
  const sock = new SockJS(sockjsUrl(baseUrl), undefined, { transports: undefined, timeout: 4000, ...sockjsOptions });
  const raw: RawSocket = {
    get transport() {
      return (sock as unknown as { transport?: string }).transport ?? 'sockjs';
    },
    send: (d) => sock.send(d),
    close: (code, reason) => sock.close(code, reason),
    onopen: null,
    onmessage: null,
    onclose: null,
    onheartbeat: null,
  };
  sock.onopen = () => raw.onopen?.();
  sock.onmessage = (e) => raw.onmessage?.(e.data);
  sock.onclose = (e) => raw.onclose?.(e.code, e.reason);
  (sock as unknown as EventTarget).addEventListener('heartbeat', () => raw.onheartbeat?.());
  return raw;
}

export function openRawWebSocket(baseUrl: string): RawSocket {
  const ws = new WebSocket(wsUrl(baseUrl));
  const raw: RawSocket = {
    transport: 'websocket-raw',
    send: (d) => ws.send(d),
    close: (code, reason) => ws.close(code, reason),
    onopen: null,
    onmessage: null,
    onclose: null,
    onheartbeat: null,
  };
  ws.onopen = () => raw.onopen?.();
  ws.onmessage = (e) => raw.onmessage?.(e.data);
  ws.onclose = (e) => raw.onclose?.(e.code, e.reason);
  return raw;
}
