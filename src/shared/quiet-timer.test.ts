import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from './quiet-timer.ts';

describe('QuietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once, a whole delay after the last poke, however many pokes came before', () => {
    const fire = vi.fn();
    const q = new QuietTimer(1000, fire);
    for (let i = 0; i < 10; i++) {
      q.poke();
      vi.advanceTimersByTime(300);
    }
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(699);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('sets a timeout per delay, not per poke, while pokes keep coming', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const q = new QuietTimer(1000, () => undefined);
    for (let i = 0; i < 20; i++) {
      q.poke();
      vi.advanceTimersByTime(100);
    }
    // 20 pokes over 2 s: the first arm, then at most one re-arm each time a delay runs out.
    expect(set.mock.calls.length).toBeLessThanOrEqual(3);
    set.mockRestore();
  });

  it('with a lateness, wakes at most once per delay while pokes come every half delay, and fires within it', () => {
    const fire = vi.fn();
    const set = vi.spyOn(globalThis, 'setTimeout');
    const q = new QuietTimer(1000, fire, 500);
    for (let i = 0; i < 20; i++) {
      q.poke();
      vi.advanceTimersByTime(500);
    }
    // 20 pokes over 10 s: a first arm and a re-arm per wake, a wake every 1 to 1.5 s (without the lateness, every 0.5 s).
    expect(set.mock.calls.length).toBeLessThanOrEqual(11);
    expect(fire).not.toHaveBeenCalled();
    set.mockRestore();
    // Quiet from the last poke (500 ms ago): due at 1000 ms, run by 1500 ms.
    vi.advanceTimersByTime(1000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('without a lateness, pokes every half delay wake it every half delay', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const q = new QuietTimer(1000, () => undefined);
    for (let i = 0; i < 20; i++) {
      q.poke();
      vi.advanceTimersByTime(500);
    }
    expect(set.mock.calls.length).toBeGreaterThanOrEqual(18);
    set.mockRestore();
  });

  it('fires again after a later poke, and not at all once cancelled', () => {
    const fire = vi.fn();
    const q = new QuietTimer(500, fire);
    q.poke();
    vi.advanceTimersByTime(500);
    q.poke();
    vi.advanceTimersByTime(500);
    expect(fire).toHaveBeenCalledTimes(2);
    q.poke();
    q.cancel();
    vi.advanceTimersByTime(1000);
    expect(fire).toHaveBeenCalledTimes(2);
  });
});
