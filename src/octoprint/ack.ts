// Acks by observation: OctoPrint's push has no acks, so a command is done when its REST call succeeded AND the pushed
// state shows its effect (socket.io's acks, adapted); it fails on a REST error or when the effect does not show in time.
import type { Message } from './types.ts';

export type AckStatus = 'pending' | 'done' | 'failed';

export interface AckOptions {
  /** The REST call that carries the command. */
  request: () => Promise<unknown>;
  /** True for the pushed message that shows the command took effect. */
  effect: (message: Message) => boolean;
  /** How long the whole command may take, REST reply and pushed effect (default 10 s). */
  timeoutMs?: number;
  /** Called on every status change, for a UI that shows pending, done and failed. */
  onStatus?: (status: AckStatus, error: string | null) => void;
}

export interface Ack {
  readonly status: AckStatus;
  readonly error: string | null;
  /** Resolves when done; rejects with the reason when failed. */
  readonly done: Promise<void>;
  /** Stops observing; a pending ack fails with "cancelled". */
  cancel(): void;
}

/** Anything messages can be observed on: the socket client's onMessage. */
export interface MessageSource {
  onMessage(type: '*', handler: (message: Message) => void): () => void;
}

export function observeAck(source: MessageSource, opts: AckOptions): Ack {
  let status: AckStatus = 'pending';
  let error: string | null = null;
  let requested = false;
  let seen = false;
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Observe before sending: the pushed effect may overtake the REST reply.
  const stop = source.onMessage('*', (m) => {
    if (status !== 'pending' || seen || !opts.effect(m)) return;
    seen = true;
    if (requested) settle('done', null);
  });
  // One deadline for the whole command, REST reply included; the reason says which half did not come.
  const ms = opts.timeoutMs ?? 10_000;
  const timer = setTimeout(() => settle('failed', requested ? `no effect seen within ${ms} ms` : `the server did not answer within ${ms} ms`), ms);

  function settle(next: AckStatus, reason: string | null): void {
    if (status !== 'pending') return;
    status = next;
    error = reason;
    stop();
    clearTimeout(timer);
    opts.onStatus?.(next, reason);
    if (next === 'done') resolve();
    else reject(new Error(reason ?? 'failed'));
  }

  opts.onStatus?.('pending', null);
  opts.request().then(
    () => {
      requested = true;
      if (seen) settle('done', null);
    },
    (err: unknown) => settle('failed', err instanceof Error ? err.message : String(err)),
  );
  // A caller that only watches `status` must not trigger an unhandled rejection.
  done.catch(() => {});
  return {
    get status() {
      return status;
    },
    get error() {
      return error;
    },
    done,
    cancel: () => settle('failed', 'cancelled'),
  };
}

/** Effect predicate: a temperature point of `current`/`history` shows `heater`'s target at `target` (±0.05). */
export function targetIs(heater: string, target: number): (message: Message) => boolean {
  return (m) => {
    if (m.unknown || (m.key !== 'current' && m.key !== 'history')) return false;
    return m.data.temps.some((p) => {
      const t = p.heaters[heater]?.target;
      return t != null && Math.abs(t - target) < 0.05;
    });
  };
}
