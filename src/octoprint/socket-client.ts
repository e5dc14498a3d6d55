// OctoPrint push socket client: OctoPrint.socket's API plus never-give-up reconnects, liveness, auth and defences.
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.ts';
import { Emitter } from './emitter.ts';
import { parseMessage } from './parse.ts';
import { RateAnalyzer } from './rate-analyzer.ts';
import type { Extension, SocketEvents, SocketOptions, SocketState, Subscription } from './socket-types.ts';
import { openRawWebSocket, openSockJS, sockjsUrl, type RawSocket } from './transport.ts';
import type { Message, MessageMap } from './types.ts';

type Handler = (message: Message) => void;

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
  auth: null,
  subscription: null,
  watchWindow: true,
};

export class OctoPrintSocket {
  readonly options: SocketOptions;
  private readonly events: Emitter<SocketEvents>;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly extensions: Extension[] = [];
  private readonly rate: RateAnalyzer;
  private sock: RawSocket | null = null;
  private sockjsOptions: Record<string, unknown> = {};
  private _state: SocketState = 'idle';
  private attempt = 0;
  private authFailures = 0;
  private authed = false;
  private intentionalClose = false;
  private rawFailed = false;
  private connectTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private livenessTimer: ReturnType<typeof setTimeout> | null = null;
  private unwatchWindow: (() => void) | null = null;
  private throttleFactor = 1;
  /** Counters for the UI and tests. */
  readonly stats = { received: 0, malformed: 0, unknown: 0, handlerErrors: 0, dropped: 0, reconnects: 0 };
  lastFrameAt = 0;
  retryAt = 0;

  constructor(options: Partial<SocketOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.rate = new RateAnalyzer(this.options.rateSlidingWindowSize, this.options.rateBase);
    this.events = new Emitter<SocketEvents>((event, err) => {
      if (event !== 'error') this.reportError('listener', `listener of ${event} threw: ${String(err)}`);
    });
  }

  get state(): SocketState {
    return this._state;
  }

  get throttle(): number {
    return this.throttleFactor;
  }

  on<K extends keyof SocketEvents>(event: K, listener: (payload: SocketEvents[K]) => void): () => void {
    return this.events.on(event, listener);
  }

  /** Registers a handler for one message type, or '*' for all; returns the unsubscribe function. */
  onMessage<K extends keyof MessageMap>(type: K, handler: (m: { key: K; data: MessageMap[K] }) => void): () => void;
  onMessage(type: string, handler: Handler): () => void;
  onMessage(type: string, handler: Handler): () => void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  use(extension: Extension): () => void {
    this.extensions.push(extension);
    return () => {
      const i = this.extensions.indexOf(extension);
      if (i >= 0) this.extensions.splice(i, 1);
    };
  }

  connect(sockjsOptions: Record<string, unknown> = this.sockjsOptions): void {
    this.sockjsOptions = sockjsOptions;
    this.teardownSocket();
    this.intentionalClose = false;
    this.clearTimer('retryTimer');
    this.watchWindow();
    this.setState('connecting');
    const useRaw = this.options.transport === 'websocket' && !this.rawFailed;
    const url = sockjsUrl(this.options.baseUrl);
    this.events.emit('connecting', { attempt: this.attempt, url: useRaw ? `${url}/websocket` : url });
    let sock: RawSocket;
    try {
      sock = useRaw ? openRawWebSocket(this.options.baseUrl) : openSockJS(this.options.baseUrl, sockjsOptions);
    } catch (err) {
      this.reportError('transport', `could not open socket: ${String(err)}`);
      this.scheduleReconnect(1002, 'could not open socket');
      return;
    }
    this.sock = sock;
    let opened = false;
    this.connectTimer = setTimeout(() => {
      this.connectTimer = null;
      this.reportError('transport', `connect timed out after ${this.options.connectTimeout} ms`);
      if (useRaw) this.rawFailed = true;
      this.abandonSocket(2007, 'connect timeout');
    }, this.options.connectTimeout);
    sock.onopen = () => {
      opened = true;
      this.clearTimer('connectTimer');
      this.feedWatchdog();
      this.setState('open');
      this.events.emit('connected', { transport: sock.transport });
      if (this.options.subscription) this.sendMessage('subscribe', this.options.subscription);
    };
    sock.onmessage = (data) => this.receive(data);
    sock.onheartbeat = () => {
      this.feedWatchdog();
      this.events.emit('heartbeat', { at: Date.now() });
    };
    sock.onclose = (code, reason) => {
      if (this.sock !== sock) return;
      if (useRaw && !opened) this.rawFailed = true;
      this.handleClose(code, reason);
    };
  }

  /** Closes cleanly; no reconnect follows. */
  disconnect(): void {
    this.intentionalClose = true;
    this.clearTimer('retryTimer');
    const sock = this.sock;
    if (sock) {
      this.events.emit('closing', { reason: 'client disconnect' });
      this.teardownSocket();
      sock.close(1000, 'Normal closure');
      this.events.emit('closed', { code: 1000, reason: 'Normal closure' });
      this.events.emit('disconnected', { graceful: true, code: 1000, reason: 'Normal closure' });
    }
    this.setState('closed');
  }

  reconnect(): void {
    this.disconnect();
    this.connect();
  }

  /** Skips the back-off wait (the UI's "retry now", and online / visible / pageshow). */
  retryNow(): void {
    if (this._state === 'backoff' || this._state === 'closed' || this._state === 'auth-failed') {
      if (this._state !== 'backoff') this.attempt = 0;
      this.connect();
    }
  }

  /** Stops everything, including window listeners. */
  dispose(): void {
    this.disconnect();
    this.unwatchWindow?.();
    this.unwatchWindow = null;
  }

  sendMessage(type: string, payload: unknown): boolean {
    let msg: Record<string, unknown> | null = { [type]: payload };
    for (const ext of this.extensions) {
      if (!msg || !ext.outgoing) continue;
      msg = ext.outgoing(msg);
    }
    if (!msg || !this.sock || (this._state !== 'open' && this._state !== 'authenticating' && this._state !== 'ready')) return false;
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

  onRateTooHigh(_measured: number, _maximum: number): void {
    this.decreaseRate();
  }

  onRateTooLow(_measured: number, _minimum: number): void {
    this.increaseRate();
  }

  /** Feeds a processing-time measurement (from the render-cost meter) into OctoPrint's sliding-window analysis. */
  reportProcessingTime(ms: number): void {
    const v = this.rate.analyze(ms, this.throttleFactor);
    if (v.verdict === 'too-high') this.onRateTooHigh(v.measured, v.limit);
    else if (v.verdict === 'too-low') this.onRateTooLow(v.measured, v.limit);
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
    let message: Message | null = parsed.message;
    for (const ext of this.extensions) {
      if (!message || !ext.incoming) continue;
      message = ext.incoming(message);
    }
    if (!message) {
      this.stats.dropped++;
      return;
    }
    if (message.unknown) this.stats.unknown++;
    this.handleProtocol(message);
    this.dispatch(message);
  }

  private dispatch(message: Message): void {
    this.events.emit('message', message);
    for (const type of ['*', message.key]) {
      const set = this.handlers.get(type);
      if (!set) continue;
      for (const h of [...set]) {
        try {
          h(message);
        } catch (err) {
          this.stats.handlerErrors++;
          this.reportError('handler', `handler for ${message.key} threw: ${String(err)}`, message.key);
        }
      }
    }
  }

  private handleProtocol(message: Message): void {
    if (message.unknown) return;
    if (message.key === 'connected') {
      this.authed = false;
      void this.authenticate(null);
    } else if (message.key === 'history' && this._state === 'authenticating') {
      this.authed = true;
      this.attempt = 0;
      this.authFailures = 0;
      this.setState('ready');
      if (this.throttleFactor !== 1) this.sendMessage('throttle', this.throttleFactor);
      this.events.emit('ready', { user: this.user ?? '' });
    } else if (message.key === 'reauthRequired') {
      this.authed = false;
      void this.authenticate(message.data.reason);
    }
  }

  private user: string | null = null;

  private async authenticate(reason: string | null): Promise<void> {
    const auth = this.options.auth;
    if (!auth) return;
    if (reason !== null && ++this.authFailures > this.options.maxAuthFailures) {
      this.failAuth(`re-authentication failed ${this.options.maxAuthFailures} times (last reason: ${reason})`);
      return;
    }
    const sock = this.sock;
    this.setState('authenticating');
    try {
      const creds = reason !== null && auth.reauthenticate ? await auth.reauthenticate(reason) : await auth.login();
      if (this.sock !== sock) return;
      this.user = creds.name;
      this.sendMessage('auth', `${creds.name}:${creds.session}`);
    } catch (err) {
      if (this.sock !== sock) return;
      const status = (err as { status?: number }).status ?? 0;
      this.reportError('auth', `login failed: ${String((err as Error).message ?? err)}`);
      if (status === 401 || status === 403 || status === 400) this.failAuth(String((err as Error).message ?? err));
      else this.abandonSocket(4000, 'login failed');
    }
  }

  private failAuth(reason: string): void {
    this.teardownSocket(true);
    this.setState('auth-failed');
    this.events.emit('auth-failed', { reason });
  }

  private handleClose(code: number, reason: string): void {
    this.teardownSocket();
    this.events.emit('closed', { code, reason });
    if (this.intentionalClose || code === 1000) {
      this.events.emit('disconnected', { graceful: true, code, reason });
      this.setState('closed');
      return;
    }
    this.events.emit('disconnected', { graceful: false, code, reason });
    this.scheduleReconnect(code, reason);
  }

  /** Drops a socket we no longer trust (timeout, dead link) and reconnects without waiting for its close. */
  private abandonSocket(code: number, reason: string): void {
    const sock = this.sock;
    this.teardownSocket();
    try {
      sock?.close(4000, reason);
    } catch {
      // closing a half-open socket may throw; it is being discarded anyway
    }
    this.events.emit('closed', { code, reason });
    this.events.emit('disconnected', { graceful: false, code, reason });
    this.scheduleReconnect(code, reason);
  }

  private scheduleReconnect(_code: number, _reason: string): void {
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

  private feedWatchdog(): void {
    this.lastFrameAt = Date.now();
    this.clearTimer('livenessTimer');
    this.livenessTimer = setTimeout(() => {
      this.livenessTimer = null;
      this.reportError('transport', `no frame or heartbeat for ${this.options.livenessTimeout} ms: link is dead`);
      this.abandonSocket(4001, 'liveness timeout');
    }, this.options.livenessTimeout);
  }

  private teardownSocket(closeIt = false): void {
    this.clearTimer('connectTimer');
    this.clearTimer('livenessTimer');
    const sock = this.sock;
    this.sock = null;
    this.authed = false;
    if (sock) {
      sock.onopen = sock.onmessage = sock.onheartbeat = null;
      sock.onclose = null;
      if (closeIt) sock.close(1000, 'Normal closure');
    }
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

  private reportError(kind: SocketEvents['error']['kind'], message: string, type?: string): void {
    this.events.emit('error', type === undefined ? { kind, message } : { kind, message, type });
  }

  private watchWindow(): void {
    if (this.unwatchWindow || !this.options.watchWindow || typeof window === 'undefined') return;
    const kick = () => {
      if (this._state === 'backoff') this.retryNow();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') kick();
    };
    window.addEventListener('online', kick);
    window.addEventListener('pageshow', kick);
    document.addEventListener('visibilitychange', onVisible);
    this.unwatchWindow = () => {
      window.removeEventListener('online', kick);
      window.removeEventListener('pageshow', kick);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }
}

export type { Subscription };
