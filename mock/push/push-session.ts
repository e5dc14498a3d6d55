// One push socket: auth, throttle, subscribe, the unauthenticated backlog and the rate-limited `current` stream.
import type { Connection } from 'sockjs';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { TempPointJson } from '../printer/types.ts';
import type { MockState } from '../state.ts';

const BASE_RATE_MS = 500;
const UNAUTHED_BACKLOG = 100;

export class PushSession {
  authedUser: string | null = null;
  throttle = 1;
  private registered = false;
  private lastSent = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private temps: TempPointJson[] = [];
  private logs: string[] = [];
  private messages: string[] = [];
  private unauthedBacklog: string[] = [];
  private readonly unsubscribers: (() => void)[] = [];
  closed = false;

  constructor(
    readonly conn: Connection,
    private readonly printer: VirtualPrinter,
    private readonly state: MockState,
  ) {
    this.sendJson({ connected: state.connectedPayload() });
    conn.on('data', (m: string) => this.onData(m));
    conn.on('close', () => this.close());
  }

  private onData(text: string): void {
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof msg !== 'object' || msg === null) return;
    const m = msg as Record<string, unknown>;
    if ('auth' in m) this.onAuth(m.auth);
    else if ('throttle' in m) this.onThrottle(m.throttle);
  }

  private onAuth(value: unknown): void {
    const parts = typeof value === 'string' ? value.split(':') : [];
    if (parts.length !== 2) return;
    const user = this.state.sessions.get(parts[1] as string);
    if (!user || user !== parts[0]) {
      this.authedUser = null;
      this.sendJson({ reauthRequired: { reason: 'stale' } });
      return;
    }
    this.authedUser = user;
    for (const held of this.unauthedBacklog) this.conn.write(held);
    this.unauthedBacklog = [];
    this.register();
  }

  private onThrottle(value: unknown): void {
    const n = typeof value === 'number' ? Math.trunc(value) : Number.parseInt(String(value), 10);
    if (!Number.isFinite(n) || n < 1) return;
    this.throttle = n;
    this.state.truth.throttles.push({ at: Date.now(), factor: n });
  }

  private register(): void {
    if (this.registered) return;
    this.registered = true;
    const p = this.printer;
    const onTemp = (t: TempPointJson) => this.temps.push(t);
    const onLog = (l: string) => this.logs.push(l);
    const onMsg = (l: string) => this.messages.push(l);
    const onChange = () => this.scheduleCurrent();
    p.on('temp', onTemp);
    p.on('log', onLog);
    p.on('message', onMsg);
    p.on('change', onChange);
    this.unsubscribers.push(() => {
      p.off('temp', onTemp);
      p.off('log', onLog);
      p.off('message', onMsg);
      p.off('change', onChange);
    });
    this.sendHistory();
    this.sendJson({ timelapse: null });
    this.sendJson({ event: { type: 'ClientAuthed', payload: { username: this.authedUser, remoteAddress: this.conn.remoteAddress } } });
  }

  private sendHistory(): void {
    this.temps = [];
    this.logs = [];
    this.messages = [];
    this.sendJson({
      history: {
        ...this.printer.snapshot(),
        temps: this.printer.tempHistory(),
        logs: this.printer.logs.slice(-300),
        messages: this.printer.messages.slice(-300),
        markings: this.printer.markings,
        serverTime: this.printer.clock.seconds(),
      },
    });
    this.lastSent = Date.now();
  }

  /** OctoPrint's per-socket limiter: at most one `current` per 500 ms × throttle; latest snapshot wins. */
  private scheduleCurrent(): void {
    if (this.timer || this.closed) return;
    const delay = Math.max(0, this.lastSent + BASE_RATE_MS * this.throttle - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sendCurrent();
    }, delay);
  }

  private sendCurrent(): void {
    if (this.closed) return;
    const body = {
      ...this.printer.snapshot(),
      serverTime: this.printer.clock.seconds(),
      temps: this.temps,
      busyFiles: [],
      markings: this.printer.markings,
      logs: this.logs,
      messages: this.messages,
    };
    this.temps = [];
    this.logs = [];
    this.messages = [];
    this.lastSent = Date.now();
    this.state.truth.currentsSent++;
    this.sendJson({ current: body });
  }

  /** Non-event messages for an unauthenticated socket are held (up to 100) and flushed after auth; events are dropped. */
  sendPlugin(plugin: string, data: unknown): void {
    const text = JSON.stringify({ plugin: { plugin, data } });
    if (this.authedUser) this.conn.write(text);
    else if (this.unauthedBacklog.length < UNAUTHED_BACKLOG) this.unauthedBacklog.push(text);
  }

  sendEvent(type: string, payload: Record<string, unknown> | null): void {
    if (this.authedUser && this.registered) this.sendJson({ event: { type, payload } });
  }

  sendJson(msg: unknown): void {
    if (this.closed) return;
    this.state.truth.messagesSent++;
    this.conn.write(JSON.stringify(msg));
  }

  /** Closes the socket from the server side (the `sockjs` typings wrongly declare the code a string). */
  kick(code = 3000, reason = 'Go away!'): void {
    (this.conn.close as unknown as (code: number, reason: string) => boolean).call(this.conn, code, reason);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const u of this.unsubscribers) u();
    this.state.pushSessions.delete(this);
  }
}
