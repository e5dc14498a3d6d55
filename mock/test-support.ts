// Test helpers: a mock on a free port and a raw /sockjs/websocket client that records every message it gets.
import WebSocket from 'ws';
import { startMock, type MockOptions, type MockServer } from './server.ts';

export type Msg = Record<string, unknown>;

export class RawClient {
  readonly messages: (Msg | string)[] = [];
  private ws: WebSocket;
  readonly opened: Promise<void>;
  closed = false;

  constructor(url: string) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/sockjs/websocket`);
    this.ws.on('message', (data) => {
      const text = data.toString();
      try {
        const v: unknown = JSON.parse(text);
        this.messages.push(typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Msg) : text);
      } catch {
        this.messages.push(text);
      }
    });
    this.ws.on('close', () => {
      this.closed = true;
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  send(msg: unknown): void {
    this.ws.send(JSON.stringify(msg));
  }

  /** Messages of one type (the single key of the message object), in order. */
  of(type: string): unknown[] {
    return this.messages.filter((m): m is Msg => typeof m === 'object' && type in m).map((m) => m[type]);
  }

  types(): string[] {
    return this.messages.map((m) => (typeof m === 'object' ? (Object.keys(m)[0] ?? '') : '<text>'));
  }

  events(): { type: string; payload: unknown }[] {
    return this.of('event') as { type: string; payload: unknown }[];
  }

  close(): void {
    this.ws.close();
  }
}

/** Polls until `fn` (sync or async) gives something other than undefined or false; an async one is awaited. */
export async function until<T>(
  fn: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Harness {
  mock: MockServer;
  api(path: string, init?: RequestInit & { json?: unknown; key?: string | null }): Promise<Response>;
  scenario(name: string, params?: Record<string, unknown>): Promise<Response>;
  /** A socket that has logged in (passive login) and received its history. */
  authedClient(): Promise<RawClient>;
}

export async function harness(opts: Partial<MockOptions> = {}): Promise<Harness> {
  const mock = await startMock({ port: 0, appkeyDelayMs: 200, ...opts });
  const api: Harness['api'] = (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.key !== null) headers.set('X-Api-Key', init.key ?? mock.apiKey);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(init.json);
    }
    return fetch(`${mock.url}${path}`, { ...init, headers, body, method: init.method ?? (body ? 'POST' : 'GET') });
  };
  return {
    mock,
    api,
    scenario: (name, params = {}) => api('/mock/scenario', { json: { name, ...params } }),
    async authedClient() {
      const c = new RawClient(mock.url);
      await c.opened;
      const login = (await (await api('/api/login', { json: { passive: true } })).json()) as {
        name: string;
        session: string;
      };
      c.send({ auth: `${login.name}:${login.session}` });
      await until(() => c.of('history').length > 0);
      return c;
    },
  };
}
