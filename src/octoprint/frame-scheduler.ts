// When queued push messages are delivered: once per animation frame, on a timer while hidden, or by hand in tests.
import { runFrame } from '../shared/frame-join.ts';

/** Asks for `cb` to run once, soon; returns a function that cancels the request. */
export interface FrameScheduler {
  request(cb: () => void): () => void;
}

/**
 * rAF while the page is visible (one delivery per painted frame); a timer while hidden, where rAF never fires, so data
 * keeps flowing into the stores. The timer also backs up a rAF requested just before the tab was hidden. A delivery
 * runs as a frame (`runFrame`): the chart's draw it causes joins the same frame.
 */
export function browserFrameScheduler(hiddenDelayMs = 250): FrameScheduler {
  return {
    request(cb) {
      let done = false;
      const run = () => {
        if (done) return;
        done = true;
        // The backup timer is cleared, not left to fire and find nothing to do (a wasted task per frame).
        clearTimeout(timer);
        runFrame(cb);
      };
      const visible = typeof document === 'undefined' || document.visibilityState !== 'hidden';
      const raf = visible && typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : 0;
      const timer = setTimeout(run, raf ? hiddenDelayMs : 0);
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
