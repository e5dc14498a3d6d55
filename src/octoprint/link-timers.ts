// The socket's timers: a replaceable one-shot slot (reconnect wait), the attempt's deadlines and the liveness watchdog.
import { QuietTimer } from '../shared/quiet-timer.ts';
import { problem, type Problem } from './problem.ts';

/** One pending timeout at most: set() replaces the previous one, clear() cancels it. */
export class TimerSlot {
  private handle: ReturnType<typeof setTimeout> | null = null;

  set(ms: number, fn: () => void): void {
    this.clear();
    this.handle = setTimeout(() => {
      this.handle = null;
      fn();
    }, ms);
  }

  clear(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  get active(): boolean {
    return this.handle !== null;
  }
}

/**
 * socket.io-style liveness: every frame or heartbeat feeds it; silence longer than the timeout calls onDead once.
 * Feeding only records the time (a QuietTimer), so a busy link costs no timers.
 */
export class Watchdog {
  private readonly quiet: QuietTimer;

  constructor(timeoutMs: number, onDead: () => void) {
    this.quiet = new QuietTimer(timeoutMs, onDead);
  }

  get lastFeedAt(): number {
    return this.quiet.lastPoke;
  }

  feed(): void {
    this.quiet.poke();
  }

  stop(): void {
    this.quiet.cancel();
  }
}

export type AttemptPhase = 'open' | 'ready';

/**
 * One deadline per phase of a connect attempt: the socket opened within connectTimeout (0: no limit), then live
 * (`history`) within readyTimeout. Without the second, a stalled login or a user without STATUS reads "Logging
 * in…" forever. `expired` gets the phase and the reason in words, with the close code
 * and short reason the client reports.
 */
export class AttemptDeadline {
  private readonly slot = new TimerSlot();

  constructor(
    private readonly expired: (phase: AttemptPhase, code: number, reason: string, error: string, why: Problem) => void,
  ) {}

  connecting(ms: number): void {
    const why = problem('socket.connectTimeout', { seconds: ms / 1000 });
    if (ms > 0)
      this.slot.set(ms, () => this.expired('open', 2007, 'connect timeout', `connect timed out after ${ms} ms`, why));
    else this.slot.clear();
  }

  opened(ms: number): void {
    const error = `no data ${ms / 1000} s after the socket opened (a stalled login, or a user without the STATUS permission)`;
    const why = problem('socket.noData', { seconds: ms / 1000 });
    this.slot.set(ms, () => this.expired('ready', 4003, 'no data after the socket opened', error, why));
  }

  clear(): void {
    this.slot.clear();
  }
}
