// When queued push messages are delivered: at once while calm, else once per animation frame, on a timer while
// hidden, or by hand in tests.
import { runFrame } from '../shared/frame-join.ts';

/** Asks for `cb` to run once, soon; returns a function that cancels the request. */
export interface FrameScheduler {
  request(cb: () => void): () => void;
}

/**
 * Messages this far apart are calm: each is applied in its own task, at once, and the browser renders a frame only if
 * it changed something. A frame asked for every message cost a whole frame (commit, compositor tasks) even for the
 * messages that change nothing on screen, a third of them while printing.
 */
export const CALM_GAP_MS = 100;

/**
 * Calm messages (the first after `calmGapMs` without a delivery) are delivered in a microtask of the task that
 * brought them, so the messages of one transport frame still arrive together. Faster ones wait for the next
 * animation frame, one delivery per painted frame, however many arrive. While hidden a timer delivers, since rAF never
 * fires there, so data keeps flowing into the stores; it also backs up a rAF asked for just before the tab was hidden.
 * A delivery runs as a frame (`runFrame`): the chart's draw it causes joins it.
 */
export function browserFrameScheduler(hiddenDelayMs = 250, calmGapMs = CALM_GAP_MS): FrameScheduler {
  const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
  let lastRun = Number.NEGATIVE_INFINITY;
  return {
    request(cb) {
      let done = false;
      const deliver = (inAnimationFrame: boolean) => {
        lastRun = now();
        runFrame(cb, inAnimationFrame);
      };
      const visible = typeof document === 'undefined' || document.visibilityState !== 'hidden';
      const canFrame = visible && typeof requestAnimationFrame === 'function';
      if (canFrame && now() - lastRun >= calmGapMs) {
        queueMicrotask(() => {
          if (done) return;
          done = true;
          deliver(false);
        });
        return () => {
          done = true;
        };
      }
      const run = (inAnimationFrame: boolean) => {
        if (done) return;
        done = true;
        // The backup timer is cleared, not left to fire and find nothing to do (a wasted task per frame).
        clearTimeout(timer);
        deliver(inAnimationFrame);
      };
      const raf = canFrame ? requestAnimationFrame(() => run(true)) : 0;
      const timer = setTimeout(() => run(false), raf ? hiddenDelayMs : 0);
      return () => {
        done = true;
        if (raf) cancelAnimationFrame(raf);
        clearTimeout(timer);
      };
    },
  };
}

/** Delivers synchronously: no coalescing at all (tools, scripts, tests of the raw message order). */
export const immediateScheduler: FrameScheduler = {
  request(cb) {
    cb();
    return () => {};
  },
};

export interface ManualScheduler extends FrameScheduler {
  /** Frames requested and not yet run or cancelled. */
  readonly pending: number;
  /** Runs the requested frame callbacks, as a browser would at its next frame. */
  frame(): void;
}

/** A scheduler driven by the caller: for tests and for hosts with their own render loop. */
export function manualScheduler(): ManualScheduler {
  const queue = new Set<() => void>();
  return {
    request(cb) {
      const entry = () => cb();
      queue.add(entry);
      return () => queue.delete(entry);
    },
    get pending() {
      return queue.size;
    },
    frame() {
      const due = [...queue];
      queue.clear();
      for (const cb of due) cb();
    },
  };
}
