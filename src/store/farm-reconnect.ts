// The farm's reconnect gate: every socket's next attempt passes through it, so however late a busy page fires their
// timers, no more than LIMIT attempts start in any WINDOW_MS (the goal is 6 in 250 ms; 4 leaves room to measure).
export const RECONNECT_LIMIT = 4;
export const RECONNECT_WINDOW_MS = 250;

export interface ReconnectGate {
  /** Runs `start` after `delayMs`, or later if the gate's window is full by then. */
  schedule(start: () => void, delayMs: number): void;
}

export function createReconnectGate(
  now: () => number = () => performance.now(),
  after: (fn: () => void, ms: number) => void = (fn, ms) => void setTimeout(fn, ms),
  limit = RECONNECT_LIMIT,
  windowMs = RECONNECT_WINDOW_MS,
): ReconnectGate {
  const started: number[] = [];
  const tryStart = (start: () => void) => {
    // Checked when the timer fires, not when it was set: timers that fire late fire together.
    const t = now();
    while (started.length > 0 && (started[0] as number) <= t - windowMs) started.shift();
    if (started.length >= limit) {
      after(() => tryStart(start), (started[0] as number) + windowMs - t + 1);
      return;
    }
    started.push(t);
    start();
  };
  return { schedule: (start, delayMs) => after(() => tryStart(start), Math.max(0, delayMs)) };
}
