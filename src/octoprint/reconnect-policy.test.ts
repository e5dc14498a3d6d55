import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF } from './backoff.ts';
import { ReconnectPolicy } from './reconnect-policy.ts';

/** A policy on a hand-moved clock; random() = 0.5 puts the schedule's delays on their base, jitter 0 the floors. */
function policy(random = 0.5, jitter = 0) {
  const clock = { now: 0 };
  const p = new ReconnectPolicy(
    DEFAULT_BACKOFF,
    false,
    { stableMs: 30_000, floorMs: 2500, maxMs: 60_000, jitter },
    () => random,
    () => clock.now,
  );
  /** The link goes live, lives `ms`, and is lost; returns the plan. */
  const liveFor = (ms: number) => {
    p.ready();
    clock.now += ms;
    return p.next(0, 'Server lost session', true);
  };
  return { p, clock, liveFor };
}

describe('ReconnectPolicy', () => {
  it('reconnects at once after a link that was live for a while, with the closing reason', () => {
    const { liveFor } = policy();
    const why = { closed: 'Server lost session', attempt: 0, brief: 0, livedMs: null };
    expect(liveFor(60_000)).toEqual({ delayMs: 0, reason: 'Server lost session', why });
    expect(liveFor(45_000)).toEqual({ delayMs: 0, reason: 'Server lost session', why });
  });

  it('spaces links that keep dying right after going live: 0, then 2.5, 5, 10, 20, 40, 60 s, and says why', () => {
    const { liveFor } = policy();
    const delays = Array.from({ length: 8 }, () => liveFor(1000));
    expect(delays.map((d) => d?.delayMs)).toEqual([0, 2500, 5000, 10_000, 20_000, 40_000, 60_000, 60_000]);
    expect(delays[2]?.reason).toBe(
      'the link closed 1.0 s after it went live, 3 short-lived links in a row: waiting longer each time so as not to load the printer',
    );
    expect(delays[2]?.why).toEqual({ closed: 'Server lost session', attempt: 0, brief: 3, livedMs: 1000 });
  });

  it('jitters the floor upwards only, so it is never shorter than stated', () => {
    const { liveFor } = policy(1, 0.3);
    liveFor(500);
    expect(liveFor(500)?.delayMs).toBe(3250);
    expect(liveFor(500)?.delayMs).toBe(6500);
  });

  it('forgets the short-lived links once a link stays live for stableMs', () => {
    const { liveFor } = policy();
    liveFor(1000);
    liveFor(1000);
    expect(liveFor(1000)?.delayMs).toBe(5000);
    expect(liveFor(30_000)?.delayMs).toBe(0);
    expect(liveFor(1000)?.delayMs).toBe(0);
    expect(liveFor(1000)?.delayMs).toBe(2500);
  });

  it('does not count a restart (the server was away: an attempt failed before `connected`) as a loop', () => {
    const { p, liveFor } = policy();
    liveFor(1000);
    liveFor(1000);
    // The server is down: the next attempt fails before OctoPrint greets it, and the usual schedule follows.
    expect(p.next(1, 'Cannot connect to server', false)).toEqual({
      delayMs: 250,
      reason: 'Cannot connect to server (attempt 2)',
      why: { closed: 'Cannot connect to server', attempt: 2, brief: 0, livedMs: null },
    });
    expect(liveFor(1000)?.delayMs).toBe(0);
  });

  it('keeps the growing schedule for attempts that fail, and the floor when it is longer', () => {
    const { p, liveFor } = policy();
    liveFor(1000);
    liveFor(1000);
    liveFor(1000);
    // Greeted but never live (the ready timeout): the guard's floor still holds, since the server is reachable.
    expect(p.next(1, 'no data after the socket opened', true)).toEqual({
      delayMs: 5000,
      reason:
        'no data after the socket opened, 3 short-lived links in a row: waiting longer each time so as not to load the printer',
      why: { closed: 'no data after the socket opened', attempt: 0, brief: 3, livedMs: null },
    });
    // Past the floor, the schedule's own growth wins: attempt 10 is at the schedule's 15 s cap.
    expect(p.next(10, 'no data after the socket opened', true)).toEqual({
      delayMs: 15_000,
      reason: 'no data after the socket opened (attempt 11)',
      why: { closed: 'no data after the socket opened', attempt: 11, brief: 0, livedMs: null },
    });
  });

  it('gives up with an explicit list only when asked to', () => {
    const p = new ReconnectPolicy([0, 1], true);
    expect(p.next(0, 'x', false)?.delayMs).toBe(0);
    expect(p.next(1, 'x', false)?.delayMs).toBe(1000);
    expect(p.next(2, 'x', false)).toBeNull();
  });
});
