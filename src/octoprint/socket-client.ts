// OctoPrint push socket client: OctoPrint.socket's API plus never-give-up reconnects, liveness, auth and defences.
import { splitConnectOptions, type ConnectOptions } from './connect-options.ts';
import { browserFrameScheduler } from './frame-scheduler.ts';
import { LinkAuth } from './link-auth.ts';
import { TimerSlot } from './link-timers.ts';
import { PendingQueue } from './pending-queue.ts';
import { problem, type Problem } from './problem.ts';
import { ReconnectPolicy } from './reconnect-policy.ts';
import { SocketBase } from './socket-base.ts';
import { DEFAULT_OPTIONS } from './socket-defaults.ts';
import { SocketLink } from './socket-link.ts';
import type { SocketOptions } from './socket-types.ts';
import { openTransport, TransportChoice, transportUrl, type RawSocket } from './transport.ts';
import type { KnownMessage, Message } from './types.ts';
import { watchWindow } from './window-watch.ts';

/** Messages that are delivered at once, after anything queued before them: they reset or gate what follows. */
const IMMEDIATE = new Set(['connected', 'history', 'reauthRequired']);

export class OctoPrintSocket extends SocketBase {
  readonly options: SocketOptions;
  retryAt = 0;
  /**
   * Sees every frame as received, before parsing (the recorder's tap: it must only copy a reference). Over SockJS it
   * gets each data frame's text with `frame` set (`a[…]`, one or more messages), not the messages parsed from it.
   */
  tap: ((raw: unknown, frame?: boolean) => void) | null = null;
  private readonly queue: PendingQueue;
  private readonly link: SocketLink;
  private connectOptions: ConnectOptions = {};
  private attempt = 0;
  private readonly auth: LinkAuth;
  private readonly retryTimer = new TimerSlot();
  private readonly transports: TransportChoice;
  private readonly policy: ReconnectPolicy;
  private unwatchWindow: (() => void) | null = null;
  private throttleFactor = 1;

  constructor(options: Partial<SocketOptions> = {}) {
    const opts = { ...DEFAULT_OPTIONS, ...options };
    super();
    this.options = opts;
    this.transports = new TransportChoice(opts.transport === 'websocket');
    this.policy = new ReconnectPolicy(opts.timeouts, opts.giveUp, opts.briefLinkGuard);
    this.link = new SocketLink(opts.livenessTimeout, {
      expired: (phase, code, reason, error, why) => {
        // Nothing was chosen since this attempt began, so next() still names its transport.
        if (phase === 'open') this.transports.failed(this.transports.next());
        this.failLink(code, reason, error, why);
      },
      dead: (code, reason, error, why) => this.failLink(code, reason, error, why),
      closing: (reason) => this.events.emit('closing', { reason }),
      dropped: () => this.auth.reset(),
    });
    this.auth = new LinkAuth(opts.auth, opts.maxAuthFailures, {
      link: () => this.link.socket,
      state: () => this.state,
      started: () => this.setState('authenticating'),
      sendAuth: ({ name, session }) => this.sendMessage('auth', `${name}:${session}`),
      ready: (relogin) => this.becomeReady(relogin),
      loginFailed: (message, permanent, why) => {
        this.reportError('auth', `login failed: ${message}`, problem('auth.loginFailed', undefined, why));
        // A refused login will not get better by retrying; a network error will.
        if (permanent) this.failAuth(message, why);
        else this.abandon(4000, 'login failed');
      },
      exhausted: (reason, why) => this.failAuth(reason, why),
    });
    this.queue = new PendingQueue({
      scheduler: this.options.scheduler ?? browserFrameScheduler(),
      maxPending: this.options.maxPending,
      immediate: IMMEDIATE,
      deliver: (m) => this.deliver(m),
    });
  }

  /** OctoPrint's throttle factor: `current` comes every 500 ms × this. */
  get throttle(): number {
    return this.throttleFactor;
  }

  /** Sets the throttle factor (integer ≥ 1) and tells the server; it is re-sent after every (re)authentication. */
  setThrottle(factor: number, reason = 'set'): void {
    const n = Math.max(1, Math.round(factor));
    if (n === this.throttleFactor) return;
    this.throttleFactor = n;
    if (this.auth.authed) this.sendMessage('throttle', n);
    this.events.emit('throttle', { factor: n, reason });
  }

  /** When the last frame or heartbeat arrived (ms epoch). */
  get lastFrameAt(): number {
    return this.link.lastFeedAt;
  }

  /** Messages waiting for the next frame. */
  get pendingCount(): number {
    return this.queue.pendingCount;
  }

  /** Non-current messages dropped because too many were waiting. */
  get droppedCount(): number {
    return this.queue.dropped;
  }

  /** Opens the socket, closing an open one first (as OctoPrint.socket does); the options are kept for reconnects. */
  connect(opts: ConnectOptions = this.connectOptions): void {
    this.connectOptions = opts;
    const { connectTimeout, sockjs } = splitConnectOptions(opts, this.options);
    if (this.link.socket) this.link.close('connect() on an open socket', 1000);
    else this.link.drop();
    this.retryTimer.clear();
    // online, visible again, pageshow: the network may be back, so a waiting reconnect goes at once.
    if (this.options.watchWindow)
      this.unwatchWindow ??= watchWindow(
        () => this.state === 'backoff' && this.retryNow(),
        () => this.onOffline(),
      );
    const kind = this.transports.next();
    this.setState('connecting');
    this.events.emit('connecting', {
      attempt: this.attempt,
      url: transportUrl(kind, this.options.baseUrl),
      transport: kind,
    });
    let sock: RawSocket;
    try {
      sock = openTransport(kind, this.options, sockjs);
    } catch (err) {
      this.transports.failed(kind);
      this.reportError(
        'transport',
        `could not open socket: ${String(err)}`,
        problem('socket.openFailed', { error: String(err) }),
      );
      this.lost(1002, 'could not open socket');
      return;
    }
    // Once this socket hands over its frames' text, the tap has each message already.
    let framed = false;
    this.link.attach(sock, connectTimeout, this.options.readyTimeout, {
      opened: (open) => {
        this.setState('open');
        this.events.emit('connected', { transport: open.transport });
        // OctoPrint forgets the subscription with the connection; it must precede `auth` to apply from the start.
        if (this.options.subscription) this.sendMessage('subscribe', this.options.subscription);
      },
      message: (data) => this.receive(data, framed),
      frame: (text) => {
        framed = true;
        this.tap?.(text, true);
      },
      heartbeat: () => this.events.emit('heartbeat', { at: Date.now() }),
      closed: (code, reason) => {
        if (this.state === 'connecting') this.transports.failed(kind);
        this.events.emit('closed', { code, reason });
        this.lost(code, reason);
      },
    });
  }

  /** Closes cleanly; no reconnect follows. */
  disconnect(): void {
    this.retryTimer.clear();
    if (this.link.socket) {
      this.link.close('client disconnect', 1000);
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
    if (this.state !== 'backoff' && this.state !== 'closed' && this.state !== 'auth-failed') return;
    if (this.state !== 'backoff') {
      this.attempt = 0;
      this.auth.forgetFailures();
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

  protected openSocket(): RawSocket | null {
    return this.link.socket;
  }

  /** Feeds a recorded frame through parsing, extensions and handlers with no link (replay); `now` skips the frame queue. */
  replayFrame(raw: unknown, now = false): void {
    const message = this.router.ingest(raw, this.stats);
    if (!message) return;
    if (now) this.deliver(message);
    else this.queue.push(message);
  }

  private receive(raw: unknown, tapped: boolean): void {
    if (!tapped) this.tap?.(raw);
    const message = this.router.ingest(raw, this.stats);
    if (!message) return;
    const becameReady = !message.unknown && this.handleProtocol(message);
    this.queue.push(message);
    if (!becameReady) return;
    this.link.live();
    this.policy.ready();
    // After the `history` handlers ran, so listeners of `ready` find the state already applied.
    this.events.emit('ready', { user: this.auth.user, relogin: false });
  }

  private deliver(message: Message): void {
    this.events.emit('message', message);
    this.router.dispatch(message);
  }

  /** The client's own reactions to protocol messages; true when this message made the link ready. */
  private handleProtocol(message: KnownMessage): boolean {
    // Without an auth provider the server's hello is the success that resets the back-off; with one, the login is.
    if (message.key === 'connected' && !this.options.auth) this.attempt = 0;
    return this.auth.onMessage(message);
  }

  private becomeReady(relogin: boolean): void {
    if (!relogin) this.attempt = 0;
    this.setState('ready');
    // OctoPrint starts every connection at factor 1; re-sending it after a re-login is harmless.
    if (this.throttleFactor !== 1) this.sendMessage('throttle', this.throttleFactor);
    if (relogin) this.events.emit('ready', { user: this.auth.user, relogin: true });
  }

  private failAuth(reason: string, why: Problem): void {
    this.link.close('authentication failed', 1000);
    this.setState('auth-failed');
    this.events.emit('auth-failed', { reason, problem: why });
  }

  /** Drops a socket we no longer trust (timeout, dead link, failed login) and reconnects without awaiting its close. */
  private abandon(code: number, reason: string): void {
    this.link.close(reason, 4000);
    this.events.emit('closed', { code, reason });
    this.lost(code, reason);
  }

  /** The link went down without our asking: report it and schedule the next attempt. */
  private lost(code: number, reason: string): void {
    this.events.emit('disconnected', { graceful: code === 1000, code, reason });
    const plan = this.policy.next(this.attempt, reason, this.state === 'authenticating');
    if (plan === null) {
      this.setState('closed');
      this.events.emit('reconnect-failed', { attempts: this.attempt });
      return;
    }
    this.attempt++;
    this.stats.reconnects++;
    this.retryAt = Date.now() + plan.delayMs;
    this.setState('backoff');
    this.events.emit('backoff', {
      attempt: this.attempt,
      delayMs: plan.delayMs,
      retryAt: this.retryAt,
      reason: plan.reason,
      why: plan.why,
    });
    this.retryTimer.set(plan.delayMs, () => this.connect());
  }

  /** No network: the link is down now, not when the watchdog notices; `online` retries at once. */
  private onOffline(): void {
    if (this.link.socket) this.failLink(4002, 'browser offline', 'the browser went offline', problem('socket.offline'));
  }

  /** A timer or the browser says the link cannot work: report why and reconnect. */
  private failLink(code: number, reason: string, error: string, why: Problem): void {
    this.reportError('transport', error, why);
    this.abandon(code, reason);
  }
}
