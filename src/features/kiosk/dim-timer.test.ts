import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DimTimer } from './dim-timer.ts';

describe('DimTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('dims after the idle time while the printer is idle, and a touch starts the time over', () => {
    const t = new DimTimer();
    const heard = vi.fn();
    t.subscribe(heard);
    t.set(false, 60_000);
    vi.advanceTimersByTime(59_000);
    t.poke();
    vi.advanceTimersByTime(59_000);
    expect(t.isDimmed()).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(t.isDimmed()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('never dims during a print, and lights up when one starts', () => {
    const t = new DimTimer();
    t.set(false, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(t.isDimmed()).toBe(true);
    t.set(true, 1_000);
    expect(t.isDimmed()).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(t.isDimmed()).toBe(false);
  });

  it('a touch while dimmed does not light the screen by itself; wake() does and restarts the time', () => {
    const t = new DimTimer();
    t.set(false, 1_000);
    vi.advanceTimersByTime(1_000);
    t.poke();
    expect(t.isDimmed()).toBe(true);
    t.wake();
    expect(t.isDimmed()).toBe(false);
    vi.advanceTimersByTime(999);
    expect(t.isDimmed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(t.isDimmed()).toBe(true);
  });

  it('"never" keeps the screen lit', () => {
    const t = new DimTimer();
    t.set(false, null);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(t.isDimmed()).toBe(false);
  });
});
