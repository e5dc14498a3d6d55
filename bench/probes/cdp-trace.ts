// CDP tracing of the renderer main thread: task time per applied update, bucketed by the message frames' arrivals.
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread CPU time (µs): unlike dur, it does not grow while the thread waits for a busy machine's cores. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string } };
}

/** The page probes' WebSocket listener (page-probes.ts): a FunctionCall of it is a message frame's arrival. */
export const MESSAGE_PROBE = 'benchMessage';

/** A message frame's arrival on the page's main thread: the probes' listener being called. Exported for top-costs. */
export const isArrival = (e: Pick<TraceEvent, 'name' | 'args'>): boolean =>
  e.name === 'FunctionCall' && e.args?.data?.functionName === MESSAGE_PROBE;

const CATEGORIES = [
  '-*',
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  '__metadata',
];

export interface TraceRecorder {
  stop(): Promise<TaskCosts>;
  /**
   * Stops a trace of several pages at once (taken through a browser session): each page's costs, under the name
   * of a `bench:page:<name>` mark the page made while it ran.
   */
  stopByPage(): Promise<Map<string, TaskCosts>>;
  /** Stops and hands back the page's main-thread tasks and its `bench:` marks (their `ts`, in µs). */
  stopTasks(): Promise<MainThread>;
}

export interface MainThread {
  /** Top-level tasks on the thread that made the marks, in time order: start and end µs, thread CPU µs. */
  tasks: { ts: number; end: number; cpu: number }[];
  marks: { name: string; ts: number }[];
}

/** Tasks starting this long after a message frame's task are not counted to it (the frame after is well inside). */
export const UPDATE_WINDOW_MS = 100;

export interface TaskCosts {
  /** Main-thread task ms that each message frame caused: tasks starting within 100 ms of it, up to the next one. */
  perUpdate: number[];
  /** The same tasks' main-thread CPU time (ms): what a loaded machine does not inflate. */
  perUpdateCpu: number[];
  /** Main-thread task ms in each whole interval from one message frame to the next (timers and all). */
  perInterval: number[];
  /** Main-thread task ms per second of the traced span. */
  perSecond: number;
  /** The same tasks' CPU ms per second: what a machine busy with other work does not inflate. */
  cpuPerSecond: number;
  /** The longest single task, ms. */
  longestTask: number;
  /** Tasks of 50 ms or more. */
  longTasks: number;
  seconds: number;
}

export async function startTrace(cdp: CDPSession): Promise<TraceRecorder> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  const end = async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
  };
  return {
    async stop() {
      await end();
      return taskCosts(events);
    },
    async stopTasks() {
      await end();
      return mainThread(events);
    },
    async stopByPage() {
      await end();
      const pages = new Map<string, TaskCosts>();
      for (const m of events.filter((e) => e.name.startsWith('bench:page:')))
        pages.set(m.name.slice('bench:page:'.length), taskCosts(events.filter((e) => e.pid === m.pid)));
      return pages;
    },
  };
}

/** The top-level tasks of the thread that made `mark`, in time order: RunTask where the trace has it (the
 * ThreadControllerImpl::RunTask nested in it is not counted twice), else ThreadControllerImpl::RunTask. */
function topTasks(events: readonly TraceEvent[], mark: TraceEvent): TraceEvent[] {
  const all = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .sort((a, b) => a.ts - b.ts);
  return all.some((t) => t.name === 'RunTask') ? all.filter((t) => t.name === 'RunTask') : all;
}

/** The tasks of the thread where the page's `bench:` marks are; exported for the unit test. */
export function mainThread(events: readonly TraceEvent[]): MainThread {
  const marks = events.filter((e) => e.name.startsWith('bench:'));
  const first = marks[0];
  if (!first) return { tasks: [], marks: [] };
  return {
    tasks: topTasks(events, first).map((t) => ({ ts: t.ts, end: t.ts + (t.dur ?? 0), cpu: t.tdur ?? t.dur ?? 0 })),
    marks: marks
      .filter((m) => m.pid === first.pid)
      .map((m) => ({ name: m.name, ts: m.ts }))
      .sort((a, b) => a.ts - b.ts),
  };
}

/** Splits the main thread's tasks into update intervals; exported for the unit test. */
export function taskCosts(events: readonly TraceEvent[]): TaskCosts {
  // Every message frame, not only those with a `current`: while printing nearly all carry one (a heartbeat comes
  // every 25 s), and a trace event of its own for a `current` would cost the page more than it measures.
  const marks = events.filter(isArrival);
  const empty: TaskCosts = {
    perUpdate: [],
    perUpdateCpu: [],
    perInterval: [],
    perSecond: Number.NaN,
    cpuPerSecond: Number.NaN,
    longestTask: Number.NaN,
    longTasks: 0,
    seconds: 0,
  };
  const first = marks[0];
  if (!first) return empty;
  // The page's main thread is where its messages arrive.
  const runTask = topTasks(events, first);
  // An interval starts where the task holding the mark starts.
  const bounds = marks
    .map((m) => runTask.find((t) => t.ts <= m.ts && m.ts <= t.ts + (t.dur ?? 0))?.ts ?? m.ts)
    .sort((a, b) => a - b);
  const perUpdate: number[] = [];
  const perUpdateCpu: number[] = [];
  const perInterval: number[] = [];
  let i = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] as number;
    const to = bounds[k + 1] as number;
    if (to === from) continue;
    let all = 0;
    let caused = 0;
    let cpu = 0;
    while (i < runTask.length && (runTask[i] as TraceEvent).ts < from) i++;
    for (let j = i; j < runTask.length && (runTask[j] as TraceEvent).ts < to; j++) {
      const t = runTask[j] as TraceEvent;
      all += t.dur ?? 0;
      if (t.ts < from + UPDATE_WINDOW_MS * 1000) {
        caused += t.dur ?? 0;
        cpu += t.tdur ?? t.dur ?? 0;
      }
    }
    perUpdate.push(caused / 1000);
    perUpdateCpu.push(cpu / 1000);
    perInterval.push(all / 1000);
  }
  const span = runTask.filter((t) => t.ts >= (bounds[0] as number) && t.ts < (bounds.at(-1) as number));
  const total = span.reduce((a, t) => a + (t.dur ?? 0), 0) / 1000;
  const seconds = ((bounds.at(-1) as number) - (bounds[0] as number)) / 1e6;
  const durs = span.map((t) => (t.dur ?? 0) / 1000);
  return {
    perUpdate,
    perUpdateCpu,
    perInterval,
    perSecond: seconds > 0 ? total / seconds : Number.NaN,
    cpuPerSecond: seconds > 0 ? span.reduce((a, t) => a + (t.tdur ?? t.dur ?? 0), 0) / 1000 / seconds : Number.NaN,
    longestTask: durs.length ? Math.max(...durs) : Number.NaN,
    longTasks: durs.filter((d) => d >= 50).length,
    seconds,
  };
}
