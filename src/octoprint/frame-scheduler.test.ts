import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserFrameScheduler, manualScheduler } from './frame-scheduler.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function stubFrames(visibilityState: 'visible' | 'hidden') {
  const frames = new Map<number, () => void>();
  let id = 0;
  vi.stubGlobal('document', { visibilityState });
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => (frames.set(++id, cb), id));
  vi.stubGlobal('cancelAnimationFrame', (h: number) => frames.delete(h));
  return () => {
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb();
  };
}

describe('browserFrameScheduler', () => {
  it('runs once on the next animation frame while visible; the backup timer does not run it again', () => {
    vi.useFakeTimers();
    const paint = stubFrames('visible');
    const cb = vi.fn();
    browserFrameScheduler(250).request(cb);
    paint();
    vi.advanceTimersByTime(1000);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('uses the timer when rAF does not fire (tab hidden after the request)', () => {
    vi.useFakeTimers();
    stubFrames('visible');
    const cb = vi.fn();
    browserFrameScheduler(250).request(cb);
    vi.advanceTimersByTime(249);
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('skips rAF entirely while hidden and can be cancelled', () => {
    vi.useFakeTimers();
    const paint = stubFrames('hidden');
    const cb = vi.fn();
    browserFrameScheduler().request(cb);
    paint();
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(cb).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    stubFrames('visible');
    const cancel = browserFrameScheduler().request(cancelled);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('works without a DOM (Node) on the timer alone', () => {
    vi.useFakeTimers();
    const cb = vi.fn();
    browserFrameScheduler().request(cb);
    vi.advanceTimersByTime(0);
    expect(cb).toHaveBeenCalledTimes(1);
  });
});

describe('manualScheduler', () => {
  it('runs requested callbacks on frame() and honours cancel', () => {
    const s = manualScheduler();
    const a = vi.fn();
    const b = vi.fn();
    s.request(a);
    const cancel = s.request(b);
    cancel();
    expect(s.pending).toBe(1);
    s.frame();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    expect(s.pending).toBe(0);
  });
});
