// The socket client's observable core: typed lifecycle events, the state machine's current state, error reports.
import { Emitter } from './emitter.ts';
import type { SocketErrorKind, SocketEvents, SocketState } from './socket-types.ts';

export abstract class SocketBase {
  protected readonly events = new Emitter<SocketEvents>((event, err) => {
    if (event !== 'error') this.reportError('listener', `listener of ${event} threw: ${String(err)}`);
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

  protected setState(state: SocketState): void {
    if (state === this.current) return;
    const previous = this.current;
    this.current = state;
    this.events.emit('state', { state, previous });
  }

  protected reportError(kind: SocketErrorKind, message: string, type?: string): void {
    this.events.emit('error', type === undefined ? { kind, message } : { kind, message, type });
  }
}
