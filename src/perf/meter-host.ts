// The browser services the render-cost meter uses: the clock, frames, microtasks and a task after the frame.
import { inFrame, inTaskRun } from '../shared/frame-join.ts';

/** The browser services the meter needs; injectable so tests run without real frames or time. */
export interface MeterHost {
  now(): number;
  requestFrame(cb: (frameStart: number) => void): void;
  microtask(cb: () => void): void;
  isHidden(): boolean;
  /** Closes a sample whose frame never comes (a tab hidden mid-update). */
  fallback(cb: () => void, ms: number): void;
  /** Whether the update is being applied inside an animation frame (its draws join that frame). */
  inFrame(): boolean;
  /** Runs `cb` in a task of its own, after the frame being run has rendered. */
  afterFrame(cb: () => void): void;
  /** Whether the update is applied in a task of its own, outside any frame (a calm delivery; its draws join it). */
  inTask?(): boolean;
}

interface PostTaskScheduler {
  postTask(cb: () => void, options?: { priority?: string }): Promise<unknown>;
}

/** Tasks after the current one (and so after the frame it is part of). */
let afterTasks: (() => void)[] = [];
let port: MessagePort | null = null;
const runAfterTasks = () => {
  const due = afterTasks;
  afterTasks = [];
  for (const f of due) f();
};
function nextTask(cb: () => void): void {
  afterTasks.push(cb);
  if (afterTasks.length > 1) return;
  // scheduler.postTask is neither clamped like a nested timer nor a message through a pipe like a MessagePort: the
  // port's task cost the page about twice the task it ran (0.4 of 0.7 ms a sample at 1×).
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(runAfterTasks, { priority: 'user-visible' });
    return;
  }
  if (!port) {
    // One channel for the page's life: a new channel per update cost more than the sample it closed.
    const channel = new MessageChannel();
    channel.port1.onmessage = runAfterTasks;
    port = channel.port2;
  }
  port.postMessage(null);
}

export const browserMeterHost: MeterHost = {
  now: () => performance.now(),
  requestFrame: (cb) => void requestAnimationFrame(cb),
  microtask: (cb) => queueMicrotask(cb),
  isHidden: () => typeof document !== 'undefined' && document.hidden,
  fallback: (cb, ms) => void setTimeout(cb, ms),
  inFrame,
  afterFrame: nextTask,
  inTask: inTaskRun,
};
