// One push socket: auth, throttle, subscribe, the unauthenticated backlog and the rate-limited `current` stream.
import type { Connection } from 'sockjs';
import type { TempPointJson } from '../printer/types.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { patchReceiverOf } from './object-frames.ts';
import { Subscription } from './subscription.ts';

const BASE_RATE_MS = 500;
const UNAUTHED_BACKLOG = 100;
const BACKLOG_LINES = 300;

export class PushSession {
  authedUser: string | null = null;
  /** The login session this socket authenticated with (a logout of it sends reauthRequired logout). */
  authSession: string | null = null;
  throttle = 1;
  closed = false;
  readonly subscription = new Subscription();
  /** While set, nothing at all is sent, heartbeats included (the blackhole scenario); Infinity = until replaced. */
  silentUntil = 0;
  private registered = false;
  private lastSent = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private temps: TempPointJson[] = [];
  private logs: string[] = [];
  private messages: string[] = [];
  private unauthedBacklog: string[] = [];
  private readonly unsubscribers: (() => void)[] = [];

  constructor(
    readonly conn: Connection,
    private readonly printer: VirtualPrinter,
    private readonly state: MockState,
  ) {
    patchReceiverOf(conn);
    this.sendJson({ connected: state.connectedPayload() });
    conn.on('data', (m: string) => this.onData(m));
    conn.on('close', () => this.close());
    const onPlugin = (plugin: string, data: unknown) => {
      if (this.subscription.wantsPlugin(plugin)) this.sendHeld({ plugin: { plugin, data } });
    };
    const onOther = (type: string, data: unknown) => this.sendHeld({ [type]: data });
    const onEvent = (type: string, payload: Record<string, unknown> | null) => this.sendEvent(type, payload);
    printer.on('plugin', onPlugin);
    printer.on('message-type', onOther);
    printer.on('event', onEvent);
    this.unsubscribers.push(() => {
      printer.off('plugin', onPlugin);
      printer.off('message-type', onOther);
      printer.off('event', onEvent);
    });
  }

  get silenced(): boolean {
    return this.silentUntil > Date.now();
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
    else if ('subscribe' in m) this.onSubscribe(m.subscribe);
  }

  private onAuth(value: unknown): void {
    const parts = typeof value === 'string' ? value.split(':') : [];
    const session = parts.length === 2 ? this.state.sessions.get(parts[1] as string) : undefined;
    if (!session || session.user !== parts[0]) {
      this.deauth('stale');
      return;
    }
    this.authedUser = session.user;
    this.authSession = parts[1] as string;
    for (const held of this.unauthedBacklog) this.write(held);
    this.unauthedBacklog = [];
    this.register();
  }

  /** Logs the socket out: it gets reauthRequired and nothing but `connected`-level traffic afterwards. */
  deauth(reason: string): void {
    this.authedUser = null;
    this.authSession = null;
    this.unregister();
    this.sendJson({ reauthRequired: { reason } });
  }

  private onThrottle(value: unknown): void {
    const n = typeof value === 'number' ? Math.trunc(value) : Number.parseInt(String(value), 10);
    if (!Number.isFinite(n) || n < 1) return;
    this.throttle = n;
    this.state.truth.throttles.push({ at: Date.now(), factor: n });
  }

  private onSubscribe(value: unknown): void {
    this.subscription.update(value);
    if (this.registered && this.subscription.state) this.sendHistory();
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
    this.registeredOff = () => {
      p.off('temp', onTemp);
      p.off('log', onLog);
      p.off('message', onMsg);
      p.off('change', onChange);
    };
    if (this.subscription.state) this.sendHistory();
    this.sendJson({ timelapse: null });
    this.sendJson({ event: { type: 'ClientAuthed', payload: { username: this.authedUser, remoteAddress: this.conn.remoteAddress } } });
  }

  private registeredOff: (() => void) | null = null;

  private unregister(): void {
    this.registered = false;
    this.registeredOff?.();
    this.registeredOff = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private lines(all: string[], filter: boolean | RegExp): string[] {
    return this.subscription.filterLines(all.slice(-BACKLOG_LINES), filter);
  }

  private sendHistory(): void {
    this.temps = [];
    this.logs = [];
    this.messages = [];
    const { busyFiles: _busy, ...snap } = this.printer.snapshot();
    this.sendJson({
      history: {
        ...snap,
        temps: this.printer.tempHistory(),
        logs: this.lines(this.printer.logs, this.subscription.logs),
        messages: this.lines(this.printer.messages, this.subscription.messages),
        markings: this.printer.markings,
        serverTime: this.printer.clock.seconds(),
      },
    });
    this.lastSent = Date.now();
  }

  /** OctoPrint's per-socket limiter: at most one `current` per 500 ms × throttle; latest snapshot wins. */
  private scheduleCurrent(): void {
    if (this.timer || this.closed || !this.subscription.state) return;
    const delay = Math.max(0, this.lastSent + BASE_RATE_MS * this.throttle - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sendCurrent();
    }, delay);
  }

  /** Sends a `current` now with everything accumulated since the last one (also used by the flood scenario). */
  sendCurrent(): void {
    if (this.closed || !this.registered || this.silenced) return;
    const { busyFiles, ...snap } = this.printer.snapshot();
    const body = {
      ...snap,
      serverTime: this.printer.clock.seconds(),
      temps: this.temps,
      busyFiles,
      markings: this.printer.markings,
      logs: this.subscription.filterLines(this.logs, this.subscription.logs),
      messages: this.subscription.filterLines(this.messages, this.subscription.messages),
    };
    this.temps = [];
    this.logs = [];
    this.messages = [];
    this.lastSent = Date.now();
    this.state.truth.currentsSent++;
    this.sendJson({ current: body });
  }

  /** Adds lines to the next `current` of this socket only (the huge scenario). */
  injectLog(line: string): void {
    this.logs.push(line);
    this.scheduleCurrent();
  }

  /** Non-event messages for an unauthenticated socket are held (up to 100) and flushed after auth. */
  sendHeld(msg: unknown): void {
    const text = JSON.stringify(msg);
    if (this.authedUser) {
      this.state.truth.messagesSent++;
      this.write(text);
    } else if (this.unauthedBacklog.length < UNAUTHED_BACKLOG) this.unauthedBacklog.push(text);
  }

  /** Events reach authenticated, registered sockets that subscribed to them; earlier ones are dropped. */
  sendEvent(type: string, payload: Record<string, unknown> | null): void {
    if (this.authedUser && this.registered && this.subscription.wantsEvent(type)) this.sendJson({ event: { type, payload } });
  }

  sendJson(msg: unknown): void {
    if (this.closed || this.silenced) return;
    this.state.truth.messagesSent++;
    this.conn.write(JSON.stringify(msg));
  }

  /** Writes text as one message, valid JSON or not (the malformed scenario uses this directly). */
  write(text: string): void {
    if (this.closed || this.silenced) return;
    this.conn.write(text);
  }

  /** Stops all output for `ms` (Infinity: until the client replaces the socket). */
  silence(ms: number): void {
    this.silentUntil = Date.now() + ms;
    (this.conn as unknown as { mockSilenced?: boolean }).mockSilenced = true;
    if (Number.isFinite(ms)) {
      setTimeout(() => {
        (this.conn as unknown as { mockSilenced?: boolean }).mockSilenced = false;
        this.scheduleCurrent();
      }, ms).unref();
    }
  }

  /** Closes the socket from the server side (the `sockjs` typings wrongly declare the code a string). */
  kick(code = 3000, reason = 'Go away!'): void {
    (this.conn.close as unknown as (code: number, reason: string) => boolean).call(this.conn, code, reason);
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unregister();
    for (const u of this.unsubscribers) u();
    this.state.pushSessions.delete(this);
  }
}
