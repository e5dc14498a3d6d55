// A second client on the server's push socket (raw /sockjs/websocket): sees the G-code the server sent and its events.
import { expect } from '@playwright/test';
import WebSocket from 'ws';
import type { ServerApi } from './server-api.ts';

interface Received {
  key: string;
  data: Record<string, unknown>;
}

export class SocketObserver {
  readonly messages: Received[] = [];
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw) => {
      try {
        const m = JSON.parse(String(raw)) as Record<string, Record<string, unknown>>;
        for (const [key, data] of Object.entries(m)) this.messages.push({ key, data });
      } catch {
        // the observer only looks for what it understands
      }
    });
  }

  /** Logs in with the API (passive login), subscribes to logs and events, then authenticates the socket. */
  static async open(api: ServerApi): Promise<SocketObserver> {
    const login = (await (await api.send('POST', '/api/login', { passive: true })).json()) as {
      name: string;
      session: string;
    };
    const ws = new WebSocket(api.url.replace(/^http/, 'ws') + '/sockjs/websocket');
    const observer = new SocketObserver(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ subscribe: { state: { logs: true, messages: false }, events: true, plugins: true } }));
    ws.send(JSON.stringify({ auth: `${login.name}:${login.session}` }));
    await expect.poll(() => observer.count('history'), { timeout: 10_000 }).toBeGreaterThan(0);
    return observer;
  }

  count(key: string): number {
    return this.messages.filter((m) => m.key === key).length;
  }

  /** Every log line (terminal) the server pushed since the observer opened. */
  logs(): string[] {
    return this.messages.flatMap((m) =>
      m.key === 'current' || m.key === 'history' ? ((m.data.logs as string[] | undefined) ?? []) : [],
    );
  }

  /** Resolves when the server has sent a line matching `re` (e.g. /Send: G28/). */
  async sawLine(re: RegExp, timeout = 10_000): Promise<void> {
    await expect
      .poll(() => this.logs().some((l) => re.test(l)), { timeout, message: `a terminal line matching ${re}` })
      .toBe(true);
  }

  events(): string[] {
    return this.messages.filter((m) => m.key === 'event').map((m) => String(m.data.type));
  }

  close(): void {
    this.ws.close();
  }
}
