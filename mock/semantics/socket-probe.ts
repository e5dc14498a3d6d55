// A SockJS client over a WebSocket (the framed /sockjs/<server>/<session>/websocket transport) that records every
// message with its arrival time, so a step can count message types (events by type) in a window.
import WebSocket from 'ws';

export interface Received {
  at: number;
  type: string;
  body: unknown;
}

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `history`, `current`, ... or `event:<type>` for events, as semantics.json counts them. */
export function typeOf(msg: Record<string, unknown>): string {
  const key = Object.keys(msg)[0] ?? '';
  if (key === 'event' && isRec(msg.event) && typeof msg.event.type === 'string') return `event:${msg.event.type}`;
  return key;
}

export class SocketProbe {
  readonly received: Received[] = [];
  heartbeats = 0;
  closed = false;
  private readonly ws: WebSocket;
  readonly opened: Promise<void>;

  constructor(url: string) {
    const id = Math.random().toString(36).slice(2, 10);
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/sockjs/${Math.floor(Math.random() * 1000)}/${id}/websocket`);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('error', reject);
      this.ws.on('message', (data) => {
        const frame = data.toString();
        if (frame === 'o') resolve();
        else if (frame === 'h') this.heartbeats++;
        else if (frame.startsWith('a')) this.onArray(frame.slice(1));
        else if (frame.startsWith('c')) this.closed = true;
      });
    });
    this.ws.on('close', () => {
      this.closed = true;
    });
  }

  private onArray(text: string): void {
    let items: unknown;
    try {
      items = JSON.parse(text);
    } catch {
      return;
    }
    if (!Array.isArray(items)) return;
    for (const item of items) {
      // sockjs-tornado sends objects; a server that sends JSON strings inside the array is read the same way.
      let msg: unknown = item;
      if (typeof item === 'string') {
        try {
          msg = JSON.parse(item);
        } catch {
          continue;
        }
      }
      if (isRec(msg)) this.received.push({ at: Date.now(), type: typeOf(msg), body: Object.values(msg)[0] });
    }
  }

  send(msg: unknown): void {
    // SockJS framing from the client: a JSON array of JSON-encoded strings.
    this.ws.send(JSON.stringify([JSON.stringify(msg)]));
  }

  /** A mark in the record: messages after it form the next window. */
  mark(): number {
    return this.received.length;
  }

  since(mark: number): Received[] {
    return this.received.slice(mark);
  }

  /** Message types counted in the window from `mark` (or between two marks). */
  counts(mark: number, end = this.received.length): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.received.slice(mark, end)) out[r.type] = (out[r.type] ?? 0) + 1;
    return out;
  }

  of(type: string, mark = 0): unknown[] {
    return this.since(mark)
      .filter((r) => r.type === type)
      .map((r) => r.body);
  }

  close(): void {
    this.ws.close();
  }
}
