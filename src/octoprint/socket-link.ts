// The one raw socket of the client at a time: wires its handlers, runs its attempt deadline and liveness watchdog,
// and drops or closes it so that a discarded socket's late events never reach the client.
import { AttemptDeadline, Watchdog, type AttemptPhase } from './link-timers.ts';
import { problem, type Problem } from './problem.ts';
import type { RawSocket } from './transport.ts';

/** The client's side of the link: what it does when the link's timers expire, and around a drop or close. */
export interface LinkHost {
  /** The attempt did not open, or did not go live, in time. */
  expired(phase: AttemptPhase, code: number, reason: string, error: string, why: Problem): void;
  /** No frame or heartbeat for the liveness timeout. */
  dead(code: number, reason: string, error: string, why: Problem): void;
  /** We are closing the socket ourselves (before it is dropped). */
  closing(reason: string): void;
  /** The socket was discarded: what belonged to it (its login) goes too. */
  dropped(): void;
}

/** One attempt's reactions to its socket. */
export interface SocketHandlers {
  opened(sock: RawSocket): void;
  message(data: unknown): void;
  /** A SockJS data frame's text, before its messages; a transport that has none never calls it. */
  frame?(text: string): void;
  heartbeat(): void;
  /** The server or the network closed it; the link has already dropped it. */
  closed(code: number, reason: string): void;
}

export class SocketLink {
  private sock: RawSocket | null = null;
  private readonly deadline: AttemptDeadline;
  private readonly watchdog: Watchdog;

  constructor(
    livenessTimeout: number,
    private readonly host: LinkHost,
  ) {
    this.deadline = new AttemptDeadline((...why) => host.expired(...why));
    this.watchdog = new Watchdog(livenessTimeout, () =>
      host.dead(
        4001,
        'liveness timeout',
        `no frame or heartbeat for ${livenessTimeout} ms: the link is dead`,
        problem('socket.dead', { seconds: livenessTimeout / 1000 }),
      ),
    );
  }

  /** The socket in use, or null between attempts. */
  get socket(): RawSocket | null {
    return this.sock;
  }

  /** When the last frame or heartbeat arrived (ms epoch). */
  get lastFeedAt(): number {
    return this.watchdog.lastFeedAt;
  }

  /** Takes a freshly opened socket: it has `connectTimeout` to open, then `readyTimeout` to go live. */
  attach(sock: RawSocket, connectTimeout: number, readyTimeout: number, handlers: SocketHandlers): void {
    this.sock = sock;
    this.deadline.connecting(connectTimeout);
    sock.onopen = () => {
      this.deadline.opened(readyTimeout);
      this.feed();
      handlers.opened(sock);
    };
    sock.onmessage = (data) => {
      this.feed();
      handlers.message(data);
    };
    if (handlers.frame) sock.onframe = handlers.frame;
    sock.onheartbeat = () => {
      this.feed();
      handlers.heartbeat();
    };
    sock.onclose = (code, reason) => {
      this.drop();
      handlers.closed(code, reason);
    };
  }

  /** The attempt went live: its deadline is met. */
  live(): void {
    this.deadline.clear();
  }

  /** Closes our socket ourselves; its close event is never delivered (the socket is dropped first). */
  close(reason: string, code: number): void {
    const sock = this.sock;
    this.host.closing(reason);
    this.drop();
    try {
      sock?.close(code, reason);
    } catch {
      // closing a half-open socket may throw; it is being discarded anyway
    }
  }

  /** Forgets the socket without closing it: timers stop, its handlers are unwired. */
  drop(): void {
    this.deadline.clear();
    this.watchdog.stop();
    const sock = this.sock;
    this.sock = null;
    this.host.dropped();
    if (sock) sock.onopen = sock.onmessage = sock.onheartbeat = sock.onclose = sock.onframe = null;
  }

  private feed(): void {
    // The raw endpoint sends no heartbeats: an idle printer would look dead, so only SockJS links are watched.
    if (this.sock?.heartbeats) this.watchdog.feed();
  }
}
