// One animation frame for the whole farm: every socket's queued messages are delivered in the same callback, then
// the sparklines that changed are drawn, so 24 printers cost one React commit and one canvas pass a frame.
import { browserFrameScheduler, type FrameScheduler } from '../octoprint/frame-scheduler.ts';

export interface FarmBatch extends FrameScheduler {
  /** Runs once after the next batch (a sparkline's redraw); a second call before then is the same request. */
  afterFlush(key: object, fn: () => void): void;
}

export function createFarmBatch(inner: FrameScheduler = browserFrameScheduler()): FarmBatch {
  const queue = new Set<() => void>();
  const after = new Map<object, () => void>();
  let cancel: (() => void) | null = null;
  let running = false;
  const run = () => {
    cancel = null;
    running = true;
    const cbs = [...queue];
    queue.clear();
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
    if (!running) cancel ??= inner.request(run);
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
  };
}
