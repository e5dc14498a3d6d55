import { afterEach, describe, expect, it, vi } from 'vitest';
import { inFrame, inTaskRun } from '../shared/frame-join.ts';
import { browserFrameScheduler, CALM_GAP_MS, manualScheduler } from './frame-scheduler.ts';

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

const FAKE = ['setTimeout', 'clearTimeout', 'performance'] as const;
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** A scheduler whose calm delivery has just run: its next request comes within the calm gap. */
async function busy(hiddenDelayMs = 250) {
  const s = browserFrameScheduler(hiddenDelayMs);
  s.request(() => {});
  await microtasks();
  return s;
}

describe('browserFrameScheduler', () => {
  it('delivers a calm message at once, in a microtask of its task, as a task run: no frame is asked for', async () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    const frames = vi.fn();
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('requestAnimationFrame', frames);
    const seen: { animation: boolean; task: boolean }[] = [];
    browserFrameScheduler().request(() => seen.push({ animation: inFrame(), task: inTaskRun() }));
    expect(seen).toEqual([]);
    await microtasks();
    expect(seen).toEqual([{ animation: false, task: true }]);
    expect(frames).not.toHaveBeenCalled();
  });

  it('a cancelled calm delivery never runs', async () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    stubFrames('visible');
    const cancelled = vi.fn();
    browserFrameScheduler().request(cancelled)();
    await microtasks();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('within the calm gap of the last delivery, waits for the next animation frame; the backup timer does not run it again', async () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    const paint = stubFrames('visible');
    const s = await busy();
    vi.advanceTimersByTime(CALM_GAP_MS - 1);
    const seen: boolean[] = [];
    s.request(() => seen.push(inFrame()));
    await microtasks();
    expect(seen).toEqual([]);
    paint();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([true]);
    // A whole calm gap after that frame's delivery, the next message is calm again.
    vi.advanceTimersByTime(CALM_GAP_MS);
    s.request(() => seen.push(inFrame()));
    await microtasks();
    expect(seen).toEqual([true, false]);
  });

  it('uses the timer when rAF does not fire (tab hidden after the request)', async () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    stubFrames('visible');
    const s = await busy(250);
    const cb = vi.fn();
    s.request(cb);
    vi.advanceTimersByTime(249);
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('skips rAF entirely while hidden and can be cancelled', async () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    const paint = stubFrames('hidden');
    const cb = vi.fn();
    browserFrameScheduler().request(cb);
    paint();
    await microtasks();
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(cb).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    stubFrames('visible');
    const s = await busy();
    const cancel = s.request(cancelled);
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
