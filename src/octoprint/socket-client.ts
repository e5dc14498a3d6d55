// OctoPrint push socket client: OctoPrint.socket's API plus never-give-up reconnects, liveness, auth and defences.
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.ts';
import { Emitter } from './emitter.ts';
import { browserFrameScheduler } from './frame-scheduler.ts';
import { MessageRouter, type Handler, type TypedHandler } from './message-router.ts';
import { parseMessage } from './parse.ts';
import { PendingQueue } from './pending-queue.ts';
import { RateAnalyzer } from './rate-analyzer.ts';
import type { Credentials, Extension, SocketErrorKind, SocketEvents, SocketOptions, SocketState } from './socket-types.ts';
import { openRawWebSocket, openSockJS, rawWebSocketUrl, sockjsUrl, type RawSocket } from './transport.ts';
import type { KnownMessage, Message, MessageMap } from './types.ts';
import { watchWindow } from './window-watch.ts';

export const DEFAULT_OPTIONS: SocketOptions = {
  baseUrl: '',
  timeouts: DEFAULT_BACKOFF,
  giveUp: false,
  connectTimeout: 5000,
  livenessTimeout: 35_000,
  rateSlidingWindowSize: 20,
  rateBase: 500,
  maxAuthFailures: 3,
  transport: 'sockjs',
  transports: null,
  webSocket: null,
  auth: null,
  subscription: null,
  watchWindow: true,
  scheduler: null,
  maxPending: 100,
};

/** Messages that are delivered at once, after anything queued before them: they reset or gate what follows. */
const IMMEDIATE = new Set(['connected', 'history', 'reauthRequired']);

type Timer = ReturnType<typeof setTimeout>;

export class OctoPrintSocket {
  readonly options: SocketOptions;
  /** Counters for the UI and tests. */
  readonly stats = { received: 0, malformed: 0, unknown: 0, handlerErrors: 0, droppedByExtension: 0, reconnects: 0 };
  lastFrameAt = 0;
  retryAt = 0;
  private readonly events: Emitter<SocketEvents>;
  private readonly router: MessageRouter;
  private readonly queue: PendingQueue;
  private readonly rate: RateAnalyzer;
  private sock: RawSocket | null = null;
  private sockjsOptions: Record<string, unknown> = {};
  private _state: SocketState = 'idle';
  private attempt = 0;
  private authFailures = 0;
  private authed = false;
  private user: string | null = null;
  private rawFailed = false;
  private connectTimer: Timer | null = null;
  private retryTimer: Timer | null = null;
  private livenessTimer: Timer | null = null;
  private unwatchWindow: (() => void) | null = null;
  private throttleFactor = 1;

  constructor(options: Partial<SocketOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.rate = new RateAnalyzer(this.options.rateSlidingWindowSize, this.options.rateBase);
    this.events = new Emitter<SocketEvents>((event, err) => {
      if (event !== 'error') this.reportError('listener', `listener of ${event} threw: ${String(err)}`);
    });
    this.router = new MessageRouter((kind, message, type) => {
      if (kind === 'handler') this.stats.handlerErrors++;
      this.reportError(kind, message, type);
    });
    this.queue = new PendingQueue({
      scheduler: this.options.scheduler ?? browserFrameScheduler(),
      maxPending: this.options.maxPending,
      immediate: IMMEDIATE,
      deliver: (m) => this.deliver(m),
    });
  }

  get state(): SocketState {
    return this._state;
  }

  get throttle(): number {
    return this.throttleFactor;
  }

  /** Messages waiting for the next frame. */
  get pendingCount(): number {
    return this.queue.pendingCount;
  }

  /** Non-current messages dropped because too many were waiting. */
  get droppedCount(): number {
    return this.queue.dropped;
  }

  /** Subscribes to a lifecycle event; unknown names are accepted and simply never fire. */
  on<K extends keyof SocketEvents>(event: K, listener: (payload: SocketEvents[K]) => void): () => void;
  on(event: string, listener: (payload: unknown) => void): () => void;
  on(event: string, listener: (payload: never) => void): () => void {
    return this.events.on(event as keyof SocketEvents, listener as (payload: unknown) => void);
  }

  /** Registers a handler for one message type, or '*' for all; returns the unsubscribe function. */
  onMessage<K extends keyof MessageMap>(type: K, handler: TypedHandler<K>): () => void;
  onMessage(type: string, handler: Handler): () => void;
  onMessage(type: string, handler: Handler): () => void {
    return this.router.on(type, handler);
  }

  /** Adds an extension at the end of the chain; returns the function that removes it. */
  use(extension: Extension): () => void {
    return this.router.use(extension);
  }

  /** Opens the socket; `sockjsOptions` go to the SockJS constructor and are kept for reconnects. */
  connect(sockjsOptions: Record<string, unknown> = this.sockjsOptions): void {
    this.sockjsOptions = sockjsOptions;
    this.dropSocket();
    this.clearTimer('retryTimer');
    if (this.options.watchWindow) this.unwatchWindow ??= watchWindow(() => this.onNetworkHint());
    const kind = this.options.transport === 'websocket' && !this.rawFailed ? 'websocket' : 'sockjs';
    this.setState('connecting');
    const url = kind === 'websocket' ? rawWebSocketUrl(this.options.baseUrl) : sockjsUrl(this.options.baseUrl);
    this.events.emit('connecting', { attempt: this.attempt, url, transport: kind });
    let sock: RawSocket;
    try {
      sock = kind === 'websocket' ? openRawWebSocket(this.options.baseUrl, this.options.webSocket ?? undefined) : openSockJS(this.options.baseUrl, this.sockjsConstructorOptions());
    } catch (err) {
      if (kind === 'websocket') this.rawFailed = true;
      this.reportError('transport', `could not open socket: ${String(err)}`);
      this.lost(1002, 'could not open socket');
      return;
    }
    this.sock = sock;
    let opened = false;
    this.connectTimer = setTimeout(() => {
      this.connectTimer = null;
      if (kind === 'websocket') this.rawFailed = true;
      this.reportError('transport', `connect timed out after ${this.options.connectTimeout} ms`);
      this.abandon(2007, 'connect timeout');
    }, this.options.connectTimeout);
    sock.onopen = () => {
      opened = true;
      this.clearTimer('connectTimer');
      this.feedWatchdog();
      this.setState('open');
      this.events.emit('connected', { transport: sock.transport });
      // OctoPrint forgets the subscription with the connection; it must precede `auth` to apply from the start.
      if (this.options.subscription) this.sendMessage('subscribe', this.options.subscription);
    };
    sock.onmessage = (data) => this.receive(data);
    sock.onheartbeat = () => {
      this.feedWatchdog();
      this.events.emit('heartbeat', { at: Date.now() });
    };
    sock.onclose = (code, reason) => {
      if (kind === 'websocket' && !opened) this.rawFailed = true;
      this.dropSocket();
      this.events.emit('closed', { code, reason });
      this.lost(code, reason);
    };
  }

  /** Closes cleanly; no reconnect follows. */
  disconnect(): void {
    this.clearTimer('retryTimer');
    const sock = this.sock;
    if (sock) {
      this.events.emit('closing', { reason: 'client disconnect' });
      this.dropSocket();
      sock.close(1000, 'Normal closure');
      this.events.emit('closed', { code: 1000, reason: 'Normal closure' });
      this.events.emit('disconnected', { graceful: true, code: 1000, reason: 'Normal closure' });
    }
    this.setState('closed');
  }

  /** OctoPrint.socket.reconnect: closes if open, then connects again at once. */
  reconnect(): void {
    this.disconnect();
    this.attempt = 0;
    this.connect();
  }

  /** Skips the back-off wait (the UI's "retry now"); after auth-failed or a clean close it starts afresh. */
  retryNow(): void {
    if (this._state !== 'backoff' && this._state !== 'closed' && this._state !== 'auth-failed') return;
    if (this._state !== 'backoff') {
      this.attempt = 0;
      this.authFailures = 0;
    }
    this.connect();
  }

  /** Stops everything: socket, timers, queued messages and window listeners. */
  dispose(): void {
    this.disconnect();
    this.queue.clear();
    this.unwatchWindow?.();
    this.unwatchWindow = null;
  }

  /** Sends `{type: payload}` through the outgoing extensions; false when it could not be sent. */
  sendMessage(type: string, payload: unknown): boolean {
    const msg = this.router.outgoing({ [type]: payload });
    if (!msg || !this.sock || !this.isOpen()) return false;
    try {
      this.sock.send(JSON.stringify(msg));
      return true;
    } catch (err) {
      this.reportError('transport', `send failed: ${String(err)}`);
      return false;
    }
  }

  /** Sets OctoPrint's throttle factor (integer ≥ 1); it is re-sent after every (re)authentication. */
  setThrottle(factor: number, reason = 'set'): void {
    const n = Math.max(1, Math.round(factor));
    if (n === this.throttleFactor) return;
    this.throttleFactor = n;
    if (this.authed) this.sendMessage('throttle', n);
    this.events.emit('throttle', { factor: n, reason });
  }

  /** OctoPrint.socket.decreaseRate: one step slower. */
  decreaseRate(): void {
    this.setThrottle(this.throttleFactor + 1, 'decreaseRate');
  }

  /** OctoPrint.socket.increaseRate: one step faster, never below 1. */
  increaseRate(): void {
    if (this.throttleFactor > 1) this.setThrottle(this.throttleFactor - 1, 'increaseRate');
  }

  /** Overridable, as in OctoPrint.socket: processing is slower than the current rate allows. */
  onRateTooHigh(_measured: number, _maximum: number): void {
    this.decreaseRate();
  }

  /** Overridable, as in OctoPrint.socket: processing would keep up with a faster rate. */
  onRateTooLow(_measured: number, _minimum: number): void {
    this.increaseRate();
  }

  /** Feeds one processing-time measurement (from the render-cost meter) into OctoPrint's sliding-window analysis. */
  reportProcessingTime(ms: number): void {
    const v = this.rate.analyze(ms, this.throttleFactor);
    if (v.verdict === 'too-high') this.onRateTooHigh(v.measured, v.limit);
    else if (v.verdict === 'too-low') this.onRateTooLow(v.measured, v.limit);
  }

  private sockjsConstructorOptions(): Record<string, unknown> {
    return this.options.transports ? { transports: this.options.transports, ...this.sockjsOptions } : this.sockjsOptions;
  }

  private isOpen(): boolean {
    return this._state === 'open' || this._state === 'authenticating' || this._state === 'ready';
  }

  private receive(raw: unknown): void {
    this.feedWatchdog();
    this.stats.received++;
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      this.stats.malformed++;
      this.reportError('parse', parsed.error.error, parsed.error.type);
      return;
    }
    const message = this.router.incoming(parsed.message);
    if (!message) {
      this.stats.droppedByExtension++;
      return;
    }
    const becameReady = message.unknown ? false : this.handleProtocol(message);
    if (message.unknown) this.stats.unknown++;
    this.queue.push(message);
    // After the `history` handlers ran, so listeners of `ready` find the state already applied.
    if (becameReady) this.events.emit('ready', { user: this.user ?? '' });
  }

  private deliver(message: Message): void {
    this.events.emit('message', message);
    this.router.dispatch(message);
  }

  /** The client's own reactions to protocol messages; true when this message made the link ready. */
  private handleProtocol(message: KnownMessage): boolean {
    if (message.key === 'connected') {
      this.authed = false;
      if (this.options.auth) void this.authenticate(null);
      else this.attempt = 0;
    } else if (message.key === 'history' && !this.authed && (this._state === 'authenticating' || !this.options.auth)) {
      this.authed = true;
      this.attempt = 0;
      this.authFailures = 0;
      this.setState('ready');
      // OctoPrint starts every connection at factor 1.
      if (this.throttleFactor !== 1) this.sendMessage('throttle', this.throttleFactor);
      return true;
    } else if (message.key === 'reauthRequired' && this.options.auth) {
      this.authed = false;
      void this.authenticate(message.data.reason);
    }
    return false;
  }

  private async authenticate(reason: string | null): Promise<void> {
    const auth = this.options.auth as NonNullable<SocketOptions['auth']>;
    if (reason !== null && ++this.authFailures > this.options.maxAuthFailures) {
      this.failAuth(`authentication failed ${this.options.maxAuthFailures} times (last reason: ${reason})`);
      return;
    }
    const sock = this.sock;
    this.setState('authenticating');
    let creds: Credentials;
    try {
      creds = reason !== null && auth.reauthenticate ? await auth.reauthenticate(reason) : await auth.login();
    } catch (err) {
      if (this.sock !== sock) return;
      const message = err instanceof Error ? err.message : String(err);
      const status = (err as { status?: unknown } | null)?.status;
      this.reportError('auth', `login failed: ${message}`);
      // A refused login will not get better by retrying; a network error will.
      if (status === 400 || status === 401 || status === 403) this.failAuth(message);
      else this.abandon(4000, 'login failed');
      return;
    }
    if (this.sock !== sock) return;
    this.user = creds.name;
    this.sendMessage('auth', `${creds.name}:${creds.session}`);
  }

  private failAuth(reason: string): void {
    const sock = this.sock;
    this.events.emit('closing', { reason: 'authentication failed' });
    this.dropSocket();
    sock?.close(1000, 'Normal closure');
    this.setState('auth-failed');
    this.events.emit('auth-failed', { reason });
  }

  /** Drops a socket we no longer trust (timeout, dead link, failed login) and reconnects without awaiting its close. */
  private abandon(code: number, reason: string): void {
    const sock = this.sock;
    this.events.emit('closing', { reason });
    this.dropSocket();
    try {
      sock?.close(4000, reason);
    } catch {
      // closing a half-open socket may throw; it is being discarded anyway
    }
    this.events.emit('closed', { code, reason });
    this.lost(code, reason);
  }

  /** The link went down without our asking: report it and schedule the next attempt. */
  private lost(code: number, reason: string): void {
    this.events.emit('disconnected', { graceful: code === 1000, code, reason });
    const delay = backoffDelay(this.options.timeouts, this.attempt, this.options.giveUp);
    if (delay === null) {
      this.setState('closed');
      this.events.emit('reconnect-failed', { attempts: this.attempt });
      return;
    }
    this.attempt++;
    this.stats.reconnects++;
    this.retryAt = Date.now() + delay;
    this.setState('backoff');
    this.events.emit('backoff', { attempt: this.attempt, delayMs: delay, retryAt: this.retryAt });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private onNetworkHint(): void {
    if (this._state === 'backoff') this.retryNow();
  }

  /** Any frame or heartbeat proves the link alive; one timer is re-armed lazily rather than on every frame. */
  private feedWatchdog(): void {
    this.lastFrameAt = Date.now();
    if (this.livenessTimer !== null || !this.sock?.heartbeats) return;
    const check = () => {
      const silent = Date.now() - this.lastFrameAt;
      if (silent < this.options.livenessTimeout) {
        this.livenessTimer = setTimeout(check, this.options.livenessTimeout - silent);
        return;
      }
      this.livenessTimer = null;
      this.reportError('transport', `no frame or heartbeat for ${this.options.livenessTimeout} ms: the link is dead`);
      this.abandon(4001, 'liveness timeout');
    };
    this.livenessTimer = setTimeout(check, this.options.livenessTimeout);
  }

  private dropSocket(): void {
    this.clearTimer('connectTimer');
    this.clearTimer('livenessTimer');
    const sock = this.sock;
    this.sock = null;
    this.authed = false;
    if (sock) sock.onopen = sock.onmessage = sock.onheartbeat = sock.onclose = null;
  }

  private clearTimer(name: 'connectTimer' | 'retryTimer' | 'livenessTimer'): void {
    const t = this[name];
    if (t !== null) clearTimeout(t);
    this[name] = null;
  }

  private setState(state: SocketState): void {
    if (state === this._state) return;
    const previous = this._state;
    this._state = state;
    this.events.emit('state', { state, previous });
  }

  private reportError(kind: SocketErrorKind, message: string, type?: string): void {
    this.events.emit('error', type === undefined ? { kind, message } : { kind, message, type });
  }
}
