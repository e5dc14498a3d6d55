import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeterHost } from './meter-host.ts';
import { PerfLoop, type PerfSnapshot, type ThrottleTarget } from './perf-loop.ts';

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

function setup(costMs = 1) {
  const socket: ThrottleTarget = { throttle: 1, setThrottle: vi.fn() };
  /** Each publish, tagged with whether it happened inside an update (and so in the update's own commit). */
  const published: { inUpdate: boolean; snapshot: PerfSnapshot }[] = [];
  let inUpdate = false;
  const loop = new PerfLoop({
    socket,
    host,
    watchVisibility: false,
    publish: (snapshot) => published.push({ inUpdate, snapshot }),
  });
  const update = () => {
    loop.noteMessage();
    inUpdate = true;
    loop.measure(() => vi.advanceTimersByTime(costMs));
    inUpdate = false;
  };
  return { loop, published, update, socket };
}

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('PerfLoop', () => {
  it('publishes to the HUD only inside updates while they flow, about once a second', async () => {
    const { published, update } = setup();
    for (let i = 0; i < 20; i++) {
      update();
      await vi.advanceTimersByTimeAsync(500);
    }
    const outside = published.filter((p) => !p.inUpdate);
    expect(outside).toEqual([]);
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(published.length).toBeLessThanOrEqual(11);
  });

  it('publishes the last sample on its own once updates stop', async () => {
    const { published, update } = setup();
    update();
    await vi.advanceTimersByTimeAsync(500);
    update();
    await vi.advanceTimersByTimeAsync(100);
    const before = published.length;
    // Quiet for 1.5 s, and the idle publish may come up to 1.5 s after that (it does not wake per message pair).
    await vi.advanceTimersByTimeAsync(1000);
    expect(published.length).toBe(before);
    await vi.advanceTimersByTimeAsync(2000);
    expect(published.length).toBe(before + 1);
    expect(published.at(-1)?.inUpdate).toBe(false);
    expect(published.at(-1)?.snapshot.costHistory).toHaveLength(2);
  });

  it('applies the update before the HUD hears of it: a publish that throws loses no data', async () => {
    let failing = false;
    const loop = new PerfLoop({
      socket: { throttle: 1, setThrottle: vi.fn() },
      host,
      watchVisibility: false,
      publish: () => {
        if (failing) throw new Error('HUD broke');
      },
    });
    const applied: number[] = [];
    loop.measure(() => applied.push(1));
    await vi.advanceTimersByTimeAsync(1500);
    failing = true;
    // A sample is waiting and a second has passed: this update publishes, and the publish throws after the data.
    expect(() => loop.measure(() => applied.push(2))).toThrow('HUD broke');
    expect(applied).toEqual([1, 2]);
  });

  it("sends the controller's decision to the socket through setThrottle, and a pinned factor too", async () => {
    const { loop, socket, update } = setup(150);
    for (let i = 0; i < 25 && vi.mocked(socket.setThrottle).mock.calls.length === 0; i++) {
      update();
      await vi.advanceTimersByTimeAsync(500);
    }
    const [factor, reason] = vi.mocked(socket.setThrottle).mock.calls[0] ?? [];
    expect(factor).toBeGreaterThan(1);
    expect(reason).toEqual(expect.any(String));
    loop.pin(5);
    expect(socket.setThrottle).toHaveBeenLastCalledWith(5, expect.any(String));
  });
});
