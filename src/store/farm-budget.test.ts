import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualScheduler } from '../octoprint/frame-scheduler.ts';
import type { MeterHost } from '../perf/meter-host.ts';
import { createFarmBatch } from './farm-batch.ts';
import { BUDGET_MS_PER_S } from './farm-budget.ts';
import type { FarmConnection, FarmConnectionOptions } from './farm-connection.ts';
import { createFarmPrinterStore } from './farm-printer-store.ts';
import { FarmRegistry, THROTTLE } from './farm-registry.ts';
import { SparkSeries } from './farm-spark.ts';

/** A host on Vitest's fake clock: frames every 16 ms, microtasks as promises. */
const host: MeterHost = {
  now: () => Date.now(),
  requestFrame: (cb) => void setTimeout(() => cb(Date.now()), 16),
  microtask: (cb) => void Promise.resolve().then(cb),
  isHidden: () => false,
  fallback: (cb, ms) => void setTimeout(cb, ms),
  inFrame: () => false,
  afterFrame: (cb) => void setTimeout(cb, 0),
};

type Fake = FarmConnection & { opts: FarmConnectionOptions; throttle: number };

/** A farm of `n` live printers, the first `inView` of them on screen, batched by hand. */
function farm(n: number, inView: number) {
  const made: Fake[] = [];
  const frames = manualScheduler();
  const batch = createFarmBatch(frames, 0);
  const connect = (opts: FarmConnectionOptions) => {
    const c: Fake = {
      opts,
      throttle: 1,
      store: createFarmPrinterStore(),
      spark: new SparkSeries(),
      rest: {} as FarmConnection['rest'],
      socket: { setThrottle: (f: number) => (c.throttle = f) } as unknown as FarmConnection['socket'],
      stateOn: true,
      setStateOn: () => undefined,
      start: () => undefined,
      dispose: () => undefined,
    };
    c.store.setState({ link: 'ready' });
    made.push(c);
    return c;
  };
  const r = new FarmRegistry(batch, connect, { host, watchVisibility: false });
  r.sync(
    Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      name: `p${i}`,
      url: `http://p${i}`,
      apiKey: 'K',
      remember: true,
      lastUsed: 0,
    })),
  );
  r.setShown(true);
  for (let i = 0; i < inView; i++) r.setInView(`p${i}`, true);
  /** One frame in which `sockets` sockets deliver (their `history`, or a `current`), costing `ms` of main thread in all. */
  const frame = async (sockets: number, ms: number, history = false) => {
    for (let i = 0; i < sockets; i++) {
      const c = made[i];
      if (!history) c?.opts.onArrival?.();
      batch.request(() => {
        if (history) c?.opts.onHistory?.();
        vi.advanceTimersByTime(ms / sockets);
      });
    }
    frames.frame();
    await vi.advanceTimersByTimeAsync(40);
  };
  return { r, made, frame };
}

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('the farm page budget', () => {
  it('keeps the base rate while one round of the cards in view fits the page budget', async () => {
    const { r, made, frame } = farm(24, 12);
    // 12 cards in view, 1 ms each: 12 ms a round every 2 s, well within 20 ms/s × 2 s.
    for (let i = 0; i < 30; i++) {
      await frame(3, 3);
      await vi.advanceTimersByTimeAsync(460);
    }
    expect(r.budget.factor).toBe(1);
    expect(made[0]?.throttle).toBe(THROTTLE.inView);
    expect(made[20]?.throttle).toBe(THROTTLE.outOfView);
    const s = r.budget.store.getState();
    expect(s.inView).toBe(12);
    expect(s.live).toBe(24);
    // 3 ms every 500 ms.
    expect(s.msPerSecond).toBeGreaterThan(4);
    expect(s.msPerSecond).toBeLessThan(8);
    r.dispose();
  });

  it('slows every card in view together when their round costs more than the budget, out of view never faster', async () => {
    const { r, made, frame } = farm(24, 12);
    // 5 ms a socket, one socket a frame: a round of 12 costs 60 ms against 40 ms (20 ms/s every 2 s).
    for (let i = 0; i < 10; i++) {
      await frame(1, 5);
      await vi.advanceTimersByTimeAsync(120);
    }
    expect(r.budget.factor).toBe(2);
    expect(made[0]?.throttle).toBe(THROTTLE.inView * 2);
    expect(made[20]?.throttle).toBe(THROTTLE.outOfView);
    expect(r.budget.store.getState().lastDecision?.reason).toMatch(/over the 40 ms budget/);
    // The same batches weigh a third as much with 4 cards in view: after the cooldown the factor comes back down.
    for (let i = 4; i < 12; i++) r.setInView(`p${i}`, false);
    for (let i = 0; i < 80; i++) {
      await frame(1, 5);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(r.budget.factor).toBe(1);
    expect(made[0]?.throttle).toBe(THROTTLE.inView);
    r.dispose();
  });

  it('leaves batches with a history out: connecting costs once, it is not the steady cost', async () => {
    const { r, frame } = farm(24, 12);
    for (let i = 0; i < 10; i++) {
      await frame(4, 40, true);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(r.budget.factor).toBe(1);
    for (let i = 0; i < 10; i++) {
      await frame(4, 40);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(r.budget.factor).toBeGreaterThan(1);
    r.dispose();
  });

  it('measures nothing while a dashboard is open, and a hidden page leaves every printer at the slowest', async () => {
    const { r, made, frame } = farm(4, 4);
    r.setShown(false);
    for (let i = 0; i < 10; i++) await frame(4, 400);
    expect(r.budget.factor).toBe(1);
    expect(r.budget.store.getState().msPerSecond).toBe(0);
    expect(made.map((c) => c.throttle)).toEqual([40, 40, 40, 40].map(() => THROTTLE.unseen));
    r.setShown(true);
    r.setPageVisible(false);
    expect(made[0]?.throttle).toBe(THROTTLE.unseen);
    r.setPageVisible(true);
    expect(made[0]?.throttle).toBe(THROTTLE.inView);
    r.dispose();
  });

  it('publishes the budget it holds the page to', () => {
    const { r } = farm(1, 1);
    expect(r.budget.store.getState().budgetMsPerSecond).toBe(BUDGET_MS_PER_S);
    r.dispose();
  });
});
