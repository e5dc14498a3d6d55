// One batch for the whole farm: every socket's queued messages are delivered in the same task, then the sparklines
// that changed are drawn, so 24 printers cost one React commit, one canvas pass and one rendered frame at a time.
import type { FrameScheduler } from '../octoprint/frame-scheduler.ts';

/**
 * Batches at least this far apart. Each socket sends every 2 s in view, at its own phase: without a gap 12 cards in
 * view would cost 6 frames (layout, paint) a second, with it at most 2, whatever the number of printers.
 */
export const FARM_BATCH_GAP_MS = 500;

export interface FarmBatchTiming {
  now(): number;
  after(cb: () => void, ms: number): void;
}

const browserTiming: FarmBatchTiming = {
  now: () => performance.now(),
  after: (cb, ms) => void setTimeout(cb, ms),
};

/**
 * A task of its own, not an animation frame: the updates and React's commit run there, and the browser lays out and
 * paints them in the next frame's task. In one rAF callback both would be one task: on a slow CPU, a long one.
 */
export const taskScheduler: FrameScheduler = {
  request(cb) {
    const t = setTimeout(cb, 0);
    return () => clearTimeout(t);
  },
};

export interface FarmBatch extends FrameScheduler {
  /** Runs once after the next batch (a sparkline's redraw); a second call before then is the same request. */
  afterFlush(key: object, fn: () => void): void;
  /** Runs each batch under the page's render-cost meter: `apply` delivers `sockets` sockets' updates and draws. */
  setMeasure(measure: ((apply: () => void, sockets: number) => void) | null): void;
}

export function createFarmBatch(
  inner: FrameScheduler = taskScheduler,
  gapMs = FARM_BATCH_GAP_MS,
  timing: FarmBatchTiming = browserTiming,
): FarmBatch {
  const queue = new Set<() => void>();
  const after = new Map<object, () => void>();
  let scheduled = false;
  let running = false;
  let lastRun = Number.NEGATIVE_INFINITY;
  let measure: ((apply: () => void, sockets: number) => void) | null = null;
  const run = () => {
    scheduled = false;
    lastRun = timing.now();
    const cbs = [...queue];
    queue.clear();
    if (measure && cbs.length > 0) measure(() => deliver(cbs), cbs.length);
    else deliver(cbs);
  };
  const deliver = (cbs: (() => void)[]) => {
    running = true;
    for (const cb of cbs) {
      try {
        cb();
      } catch (e) {
        // One printer's bad update never stops the others' (the socket reports its own handler errors).
        console.error(e);
      }
    }
    // Draws asked for by the deliveries above belong to this frame.
    running = false;
    const draws = [...after.values()];
    after.clear();
    for (const fn of draws) fn();
  };
  const ensure = () => {
    if (running || scheduled) return;
    scheduled = true;
    // The first update after a quiet spell goes out at the next frame; later ones wait for the gap, then a frame.
    const wait = lastRun + gapMs - timing.now();
    if (wait <= 0) inner.request(run);
    else timing.after(() => inner.request(run), wait);
  };
  return {
    request(cb) {
      const entry = () => cb();
      queue.add(entry);
      ensure();
      return () => {
        queue.delete(entry);
      };
    },
    afterFlush(key, fn) {
      after.set(key, fn);
      ensure();
    },
    setMeasure(fn) {
      measure = fn;
    },
  };
}
