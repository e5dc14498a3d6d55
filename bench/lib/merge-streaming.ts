// Several streaming spans of one page as one result: per-update samples pooled, rates weighted by each span's time.
import type { StreamingResult } from '../scenarios/streaming.ts';

/** A time-weighted mean of `pick` over spans `weight` seconds long (NaN where no span has the figure). */
function weighted<T>(runs: readonly T[], pick: (r: T) => number, weight: (r: T) => number): number {
  let sum = 0;
  let secs = 0;
  for (const r of runs) {
    const v = pick(r);
    if (!Number.isFinite(v)) continue;
    sum += v * weight(r);
    secs += weight(r);
  }
  return secs > 0 ? sum / secs : Number.NaN;
}

/** One result for spans measured in turn (A-B-B-A): a page's rate over all its spans, its updates all counted. */
export function mergeStreaming(runs: readonly StreamingResult[]): StreamingResult {
  const [first] = runs;
  if (!first) throw new Error('mergeStreaming: no runs');
  if (runs.length === 1) return first;
  const sum = (pick: (r: StreamingResult) => number) => runs.reduce((a, r) => a + pick(r), 0);
  const all = <T>(pick: (r: StreamingResult) => readonly T[]) => runs.flatMap((r) => [...pick(r)]);
  const cdpSeconds = (r: StreamingResult) => r.cdp.seconds;
  const meters = runs.map((r) => r.meter);
  return {
    rate: first.rate,
    seconds: sum((r) => r.seconds),
    meter: meters.every((m) => m === null) ? null : meters.flatMap((m) => m ?? []),
    cdp: {
      perUpdate: all((r) => r.cdp.perUpdate),
      perUpdateCpu: all((r) => r.cdp.perUpdateCpu),
      perInterval: all((r) => r.cdp.perInterval),
      perSecond: weighted(runs, (r) => r.cdp.perSecond, cdpSeconds),
      cpuPerSecond: weighted(runs, (r) => r.cdp.cpuPerSecond, cdpSeconds),
      longestTask: Math.max(...runs.map((r) => r.cdp.longestTask)),
      longTasks: sum((r) => r.cdp.longTasks),
      seconds: sum(cdpSeconds),
    },
    taskMsPerSecond: weighted(
      runs,
      (r) => r.taskMsPerSecond,
      (r) => r.seconds,
    ),
    untracedMsPerSecond: weighted(
      runs,
      (r) => r.untracedMsPerSecond ?? Number.NaN,
      (r) => r.untracedSeconds ?? 0,
    ),
    untracedSeconds: sum((r) => r.untracedSeconds ?? 0),
    earlyMsPerSecond: weighted(
      runs,
      (r) => r.earlyMsPerSecond ?? Number.NaN,
      (r) => r.earlySeconds ?? 0,
    ),
    earlySeconds: sum((r) => r.earlySeconds ?? 0),
    currentMessages: sum((r) => r.currentMessages),
    commits: sum((r) => r.commits),
    messageCommits: sum((r) => r.messageCommits),
    draws: sum((r) => r.draws),
    longTasks: sum((r) => r.longTasks),
    longFrames: sum((r) => r.longFrames),
    maxLongFrameMs: Math.max(...runs.map((r) => r.maxLongFrameMs)),
  };
}
