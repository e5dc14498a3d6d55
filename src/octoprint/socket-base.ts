// The socket client's observable core: typed lifecycle events, the state machine's current state, error reports,
// the message handlers and extensions (OctoPrint.socket's onMessage) with their counters, and sending through them.
import { Emitter } from './emitter.ts';
import { MessageRouter, type Handler, type TypedHandler } from './message-router.ts';
import { problem, type Problem } from './problem.ts';
import type { Extension, SocketErrorKind, SocketEvents, SocketState } from './socket-types.ts';
import type { RawSocket } from './transport.ts';
import type { MessageMap } from './types.ts';

export abstract class SocketBase {
  protected readonly events = new Emitter<SocketEvents>((event, err) => {
    if (event !== 'error')
      this.reportError(
        'listener',
        `listener of ${event} threw: ${String(err)}`,
        problem('socket.listenerThrew', { event, error: String(err) }),
      );
  });
  /** Counters for the UI and tests. */
  readonly stats = { received: 0, malformed: 0, unknown: 0, handlerErrors: 0, droppedByExtension: 0, reconnects: 0 };
  protected readonly router = new MessageRouter((kind, message, why, type) => {
    if (kind === 'handler') this.stats.handlerErrors++;
    this.reportError(kind, message, why, type);
  });
  private current: SocketState = 'idle';

  get state(): SocketState {
    return this.current;
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

  /** Sends `{type: payload}` through the outgoing extensions; false when it could not be sent. */
  sendMessage(type: string, payload: unknown): boolean {
    const msg = this.router.outgoing({ [type]: payload });
    const sock = this.openSocket();
    if (!msg || !sock || !this.isOpen()) return false;
    try {
      sock.send(JSON.stringify(msg));
      return true;
    } catch (err) {
      this.reportError(
        'transport',
        `send failed: ${String(err)}`,
        problem('socket.sendFailed', { error: String(err) }),
      );
      return false;
    }
  }

  /** The link's socket while there is one (open or not yet). */
  protected abstract openSocket(): RawSocket | null;

  private isOpen(): boolean {
    return this.current === 'open' || this.current === 'authenticating' || this.current === 'ready';
  }

  protected setState(state: SocketState): void {
    if (state === this.current) return;
    const previous = this.current;
    this.current = state;
    this.events.emit('state', { state, previous });
  }

  protected reportError(kind: SocketErrorKind, message: string, why: Problem, type?: string): void {
    this.events.emit(
      'error',
      type === undefined ? { kind, message, problem: why } : { kind, message, problem: why, type },
    );
  }
}
