// When to reconnect, and why in words: the back-off schedule plus a guard that never lets a link that keeps dying
// right after login turn into a login loop against the printer.
import { backoffDelay, type Timeouts } from './backoff.ts';

export interface BriefLinkGuard {
  /** A link ready this long is stable: the guard forgets earlier short-lived links. */
  stableMs: number;
  /** The wait after the second short-lived link in a row; it doubles with each further one. */
  floorMs: number;
  maxMs: number;
  /** 0..1: the floor is spread upwards only (floor .. floor × (1 + jitter)), so it is never shorter than stated. */
  jitter: number;
}

/**
 * A server restart is seen as an attempt that failed before OctoPrint greeted it with `connected` (refused, or
 * closed at once by a server still starting) and is not counted: the guard is for a server or proxy that keeps
 * accepting the socket, logging in and dropping it again (measured: every 1 s, a login and the whole REST
 * refresh each time). From the third such link on there is at most one login per 5 s, then per 10, 20, 40, 60 s.
 */
export const DEFAULT_GUARD: BriefLinkGuard = { stableMs: 30_000, floorMs: 2500, maxMs: 60_000, jitter: 0.3 };

export interface ReconnectPlan {
  delayMs: number;
  /** Why the page waits, in English (logs, tests). */
  reason: string;
  /** The same as data, for the page to word in its language. */
  why: WaitWhy;
}

/** Why the page waits: what ended the link (a short close reason), the attempt, and the brief-link guard's count. */
export interface WaitWhy {
  /** The close reason as the client or SockJS gave it ('connect timeout', 'Cannot connect to server'). */
  closed: string;
  /** 1-based attempt number, 0 for the first. */
  attempt: number;
  /** Short-lived links in a row when the guard stretched the wait, else 0. */
  brief: number;
  /** How long the last link was live (ms), when the guard stretched the wait after one; else null. */
  livedMs: number | null;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

export class ReconnectPolicy {
  /** Short-lived links in a row (ready for less than stableMs while the server stayed reachable). */
  brief = 0;
  private readyAt: number | null = null;

  constructor(
    private readonly timeouts: Timeouts,
    private readonly giveUp: boolean,
    private readonly guard: BriefLinkGuard = DEFAULT_GUARD,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  /** The link became ready (history received). */
  ready(): void {
    this.readyAt = this.now();
  }

  /**
   * The link or an attempt ended: `attempt` is the 0-based schedule position, `why` what ended it, `greeted` whether
   * OctoPrint's `connected` had arrived on it. Null when an explicit list with giveUp is exhausted.
   */
  next(attempt: number, why: string, greeted: boolean): ReconnectPlan | null {
    const lived = this.readyAt === null ? -1 : this.now() - this.readyAt;
    this.readyAt = null;
    if (lived >= this.guard.stableMs) this.brief = 0;
    else if (lived >= 0) this.brief++;
    // The server was away (a restart, a network change): what follows is a recovery, not a loop.
    else if (!greeted) this.brief = 0;
    const scheduled = backoffDelay(this.timeouts, attempt, this.giveUp, this.random);
    if (scheduled === null) return null;
    const floor = this.floor();
    if (floor <= scheduled)
      return {
        delayMs: scheduled,
        reason: attempt === 0 ? why : `${why} (attempt ${attempt + 1})`,
        why: { closed: why, attempt: attempt === 0 ? 0 : attempt + 1, brief: 0, livedMs: null },
      };
    return {
      delayMs: floor,
      why: { closed: why, attempt: 0, brief: this.brief, livedMs: lived >= 0 ? lived : null },
      reason: `${lived >= 0 ? `the link closed ${seconds(lived)} after it went live` : why}, ${this.brief} short-lived links in a row: waiting longer each time so as not to load the printer`,
    };
  }

  private floor(): number {
    if (this.brief < 2) return 0;
    const { floorMs, maxMs, jitter } = this.guard;
    const base = Math.min(maxMs, floorMs * 2 ** (this.brief - 2));
    return Math.round(base * (1 + jitter * this.random()));
  }
}
