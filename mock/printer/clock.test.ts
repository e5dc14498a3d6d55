// The printer clock: scaled real time, and a speed change that keeps the simulated time so far.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrinterClock } from './clock.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PrinterClock', () => {
  it('runs at its speed and, after setSpeed, on from where it was at the new one', () => {
    const clock = new PrinterClock(30, 5_000_000);
    vi.advanceTimersByTime(1000);
    expect(clock.simNow()).toBe(5_030_000);
    clock.setSpeed(1);
    expect(clock.simNow()).toBe(5_030_000);
    vi.advanceTimersByTime(1000);
    expect(clock.simNow()).toBe(5_031_000);
    expect(clock.speed).toBe(1);
  });

  it('keeps a clock step across a speed change', () => {
    const clock = new PrinterClock(2, 0);
    clock.step(-60);
    clock.setSpeed(4);
    vi.advanceTimersByTime(500);
    expect(clock.now()).toBe(2000 - 60_000);
  });
});
