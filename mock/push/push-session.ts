// One push socket as OctoPrint 1.11.8's sockjs.py runs it: permission-gated emits with the unauthenticated
// backlog, one registration per socket, the subscription, per-socket backlogs and the rate-limited `current`.
import type { Connection } from 'sockjs';
import type { TempPointJson } from '../printer/types.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState, MockUser } from '../state.ts';
import { patchReceiverOf } from './object-frames.ts';
import { currentPayload, historyPayload } from './state-payloads.ts';
import { Subscription } from './subscription.ts';

const BASE_RATE_MS = 500;
const UNAUTHED_BACKLOG = 100;
/** The server's backlogs are unbounded; this only keeps a day-long soak with state off from eating memory. */
const BACKLOG_CAP = 10_000;
/** Events only admins see, and events whose payload only admins see (the rest get `{}`). */
const ADMIN_EVENTS = new Set(['UserLoggedIn', 'UserLoggedOut']);
const ADMIN_PAYLOADS = new Set(['ClientOpened', 'ClientAuthed']);

const capped = <T>(list: T[], item: T) => {
  list.push(item);
  if (list.length > BACKLOG_CAP) list.shift();
};

export class PushSession {
  /** The socket's user: a reference, so a socket whose user is deleted keeps its rights, as OctoPrint's does. */
  user: MockUser | null = null;
  /** The login session this socket authenticated with (a logout of it sends reauthRequired logout). */
  authSession: string | null = null;
  authed = false;
  throttle = 1;
  closed = false;
  readonly subscription = new Subscription();
  /** While set, nothing at all is sent, heartbeats included (the blackhole scenario); Infinity = until replaced. */
  silentUntil = 0;
  /** Registered for printer data, events and timelapse: happens once, on the first auth with STATUS. */
  private registered = false;
  private initialDataSent = false;
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
    // Plugin messages reach every open socket (held back until auth); the rest only registered ones.
    const onPlugin = (plugin: string, data: unknown) => {
      if (this.subscription.wantsPlugin(plugin)) this.sendHeld({ plugin: { plugin, data } });
    };
    const onOther = (type: string, data: unknown) => {
      if (this.registered) this.sendHeld({ [type]: data });
    };
    const onEvent = (type: string, payload: Record<string, unknown> | null) => {
      if (this.registered) this.sendEvent(type, payload);
    };
    printer.on('plugin', onPlugin);
    printer.on('message-type', onOther);
    printer.on('event', onEvent);
    this.unsubscribers.push(() => {
      printer.off('plugin', onPlugin);
      printer.off('message-type', onOther);
      printer.off('event', onEvent);
    });
    printer.event('ClientOpened', { remoteAddress: this.remoteAddress });
    this.register();
  }

  /** The authenticated user's name, or null while anonymous. */
  get authedUser(): string | null {
    return this.authed && this.user ? this.user.name : null;
  }

  get remoteAddress(): string {
    return this.conn.remoteAddress ?? '127.0.0.1';
  }

  get silenced(): boolean {
    return this.silentUntil > Date.now();
  }

  /** An anonymous socket has the guest group's permissions (none on OctoPrint 1.11.8 by default). */
  private has(permission: string): boolean {
    return (this.user ? this.state.permissionsOf(this.user) : this.state.permissionsOfGroup('guests')).includes(
      permission,
    );
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
    // A non-string raises before anything happens on the server; a malformed string is ignored but still registers.
    if (typeof value !== 'string') return;
    const parts = value.split(':');
    if (parts.length === 2) {
      const [name = '', id = ''] = parts;
      const session = this.state.sessions.get(id);
      const user = session?.user === name ? this.state.user(name) : null;
      if (user) this.login(user, id);
      else {
        this.logout();
        this.sendJson({ reauthRequired: { reason: 'stale' } });
      }
    }
    this.register();
  }

  private login(user: MockUser, session: string): void {
    this.user = user;
    this.authSession = session;
    this.authed = true;
    const held = this.unauthedBacklog;
    this.unauthedBacklog = [];
    for (const text of held) this.write(text);
    // OctoPrint's event manager delivers on its own thread, after the registration that follows.
    const payload = { username: user.name, remoteAddress: this.remoteAddress };
    queueMicrotask(() => this.printer.event('ClientAuthed', payload));
  }

  /** Anonymous again; the socket stays registered, so STATUS-gated messages now go to the unauthenticated backlog. */
  private logout(): void {
    this.user = null;
    this.authSession = null;
    this.authed = false;
  }

  /** reauthRequired for `reason`: `modified` leaves the socket logged in, every other reason logs it out. */
  deauth(reason: string): void {
    if (reason !== 'modified') this.logout();
    this.sendJson({ reauthRequired: { reason } });
  }

  private onThrottle(value: unknown): void {
    // Python's int(): numbers truncate, booleans count, only whole-number strings parse ("2.5" is refused).
    const n =
      typeof value === 'number'
        ? Math.trunc(value)
        : typeof value === 'boolean'
          ? Number(value)
          : typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)
            ? Number.parseInt(value, 10)
            : Number.NaN;
    if (!Number.isFinite(n) || n < 1) return;
    this.throttle = n;
    this.state.truth.throttles.push({ at: Date.now(), factor: n });
  }

  private onSubscribe(value: unknown): void {
    const outcome = this.subscription.update(value);
    if (outcome.history && this.registered) this.sendInitialData();
    else if (outcome.stopped) this.initialDataSent = false;
  }

  private register(): void {
    if (this.registered || !this.has('STATUS')) return;
    this.registered = true;
    const p = this.printer;
    const onTemp = (t: TempPointJson) => capped(this.temps, t);
    const onLog = (l: string) => capped(this.logs, l);
    const onMsg = (l: string) => capped(this.messages, l);
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
    this.sendInitialData();
    this.sendHeld({ timelapse: p.timelapse.config });
    // OctoPrint's "horrible hack": a socket that registers during a render learns of it.
    if (p.timelapse.renderJob) this.sendEvent('MovieRendering', p.timelapse.renderJob);
  }

  /** on_printer_send_initial_data: marks the initial data sent even when the subscription drops the history. */
  private sendInitialData(): void {
    this.initialDataSent = true;
    if (this.subscription.wantsState)
      this.sendHeld({ history: historyPayload(this.printer, this.subscription, this.has('MONITOR_TERMINAL')) });
  }

  private get wantsCurrent(): boolean {
    return this.registered && this.has('STATUS') && this.subscription.wantsState && this.initialDataSent;
  }

  /** OctoPrint's per-socket limiter: at most one `current` per 500 ms × throttle; latest snapshot wins. */
  private scheduleCurrent(): void {
    if (this.timer || this.closed || !this.wantsCurrent) return;
    const delay = Math.max(0, this.lastSent + BASE_RATE_MS * this.throttle - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sendCurrent();
    }, delay);
  }

  /** Sends a `current` now with the backlogs: the only thing that empties them (also used by the flood scenario). */
  sendCurrent(): void {
    if (this.closed || this.silenced || !this.wantsCurrent) return;
    const backlogs = { temps: this.temps, logs: this.logs, messages: this.messages };
    const body = currentPayload(this.printer, this.subscription, backlogs, this.has('MONITOR_TERMINAL'));
    this.temps = [];
    this.logs = [];
    this.messages = [];
    this.lastSent = Date.now();
    this.state.truth.currentsSent++;
    this.sendJson({ current: body });
  }

  /** Adds lines to the next `current` of this socket only (the huge scenario). */
  injectLog(line: string): void {
    capped(this.logs, line);
    this.scheduleCurrent();
  }

  /** A STATUS-gated message: sent if the user may see it, else held (up to 100) while not authenticated. */
  sendHeld(msg: unknown): void {
    const text = JSON.stringify(msg);
    if (this.has('STATUS')) {
      this.state.truth.messagesSent++;
      this.write(text);
    } else if (!this.authed && this.unauthedBacklog.length < UNAUTHED_BACKLOG) this.unauthedBacklog.push(text);
  }

  /** An event through the socket's subscription and OctoPrint's per-event permissions and payload processors. */
  sendEvent(type: string, payload: Record<string, unknown> | null): void {
    if (!this.subscription.wantsEvent(type)) return;
    const admin = this.has('ADMIN');
    if (ADMIN_EVENTS.has(type) && !admin) return;
    this.sendHeld({ event: { type, payload: ADMIN_PAYLOADS.has(type) && !admin ? {} : payload } });
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
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const u of this.unsubscribers) u();
    this.state.pushSessions.delete(this);
    this.printer.event('ClientClosed', { remoteAddress: this.remoteAddress });
  }
}
