// Steady streaming during a scripted print (two tools and a bed): cost per applied update at a CPU slowdown,
// React commits per `current` message, chart setData calls per second, long tasks and long animation frames.
import type { Browser, CDPSession } from '@playwright/test';
import { metrics, openPage, setSlowdown } from '../lib/browser.ts';
import { BENCH_PATH, meterCosts, probeData, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import { startTrace, type TaskCosts } from '../probes/cdp-trace.ts';

export interface StreamingResult {
  rate: number;
  seconds: number;
  /** The render-cost meter's samples (ms), or null when the page has no meter. */
  meter: number[] | null;
  cdp: TaskCosts;
  /** CDP Performance.getMetrics TaskDuration over the run, ms per second (a cross-check of the trace). */
  taskMsPerSecond: number;
  /** The same counter over a span before the trace starts, ms per second: the page without the tracer's own work. */
  untracedMsPerSecond?: number;
  untracedSeconds?: number;
  /** The same counter over the page's first span after the settle, before the untraced one: its start-up's tail. */
  earlyMsPerSecond?: number;
  earlySeconds?: number;
  currentMessages: number;
  commits: number;
  /** Commits within 100 ms after a `current` frame: the ones messages caused (the clock tick is not one). */
  messageCommits: number;
  draws: number;
  longTasks: number;
  longFrames: number;
  maxLongFrameMs: number;
}

/** Opens the page on a running stack (with `storage` in its localStorage), settles, then measures `seconds` at CPU slowdown `rate`. */
export async function measureStreaming(
  browser: Browser,
  stack: BenchStack,
  rate: number,
  seconds: number,
  path = BENCH_PATH,
  storage: Record<string, string> = {},
  /** How long the page runs before the measured span (the recorder's first write comes 5 s after the first frame). */
  settleMs = 2000,
  /** A span measured by Chromium's task counter alone before the traced one (tracing inflates layout and paint). */
  untracedSeconds = 0,
  /**
   * An untraced span measured first, straight after the settle, and kept apart from the untraced one: the page's
   * first minute (its lazy panels, the first major GC), so the untraced span after it is the page's steady state.
   */
  earlySeconds = 0,
): Promise<StreamingResult> {
  const bp = await openPage(browser, stack.baseURL, 1);
  try {
    // Settings the page reads from localStorage at start (e.g. the chart window), set before its scripts run.
    await bp.page.addInitScript((kv) => {
      for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v);
    }, storage);
    await bp.page.goto(path);
    await waitLive(bp.page);
    await setSlowdown(bp.cdp, rate);
    await sleep(settleMs);
    const early = earlySeconds > 0 ? await untracedSpan(bp.cdp, earlySeconds) : null;
    const untraced = untracedSeconds > 0 ? await untracedSpan(bp.cdp, untracedSeconds) : null;
    const before = await probeData(bp.page);
    const m0 = await metrics(bp.cdp);
    const meter0 = (await meterCosts(bp.page))?.length ?? 0;
    const trace = await startTrace(bp.cdp);
    const t0 = Date.now();
    await sleep(seconds * 1000);
    // The span ends before the trace stops: stopping makes the renderer hand over its trace buffer, which holds its
    // main thread for tens of ms at 6× (long frames and slow updates that are the tracer's, not the page's).
    const spanEnd = await bp.page.evaluate(() => performance.now());
    const meterEnd = (await meterCosts(bp.page))?.length ?? 0;
    const cdp = await trace.stop();
    const wall = (Date.now() - t0) / 1000;
    const m1 = await metrics(bp.cdp);
    const after = await probeData(bp.page);
    const meter = (await meterCosts(bp.page))?.slice(meter0, meterEnd) ?? null;
    const since = before.currentFrames.length;
    const frames = after.currentFrames.slice(since);
    const commits = after.commits.slice(before.commits.length);
    const messageCommits = commits.filter((c) => frames.some((f) => c >= f && c - f <= 100)).length;
    const from = frames[0] ?? 0;
    const inSpan = (e: { start: number }) => e.start >= from && e.start < spanEnd;
    const lf = after.longFrames.filter(inSpan);
    return {
      rate,
      seconds: wall,
      meter,
      cdp,
      taskMsPerSecond: (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / wall,
      ...(untraced ? { untracedMsPerSecond: untraced.msPerSecond, untracedSeconds: untraced.seconds } : {}),
      ...(early ? { earlyMsPerSecond: early.msPerSecond, earlySeconds: early.seconds } : {}),
      currentMessages: after.currentMessages - before.currentMessages,
      commits: commits.length,
      messageCommits,
      draws: after.draws.filter((t) => t >= from).length,
      longTasks: after.longTasks.filter(inSpan).length,
      longFrames: lf.length,
      maxLongFrameMs: lf.length ? Math.max(...lf.map((f) => f.duration)) : 0,
    };
  } finally {
    await bp.close();
  }
}

/** Main-thread task ms per second by Chromium's own counter over `seconds`, with no trace running. */
async function untracedSpan(cdp: CDPSession, seconds: number): Promise<{ msPerSecond: number; seconds: number }> {
  const m0 = await metrics(cdp);
  const t0 = Date.now();
  await sleep(seconds * 1000);
  const m1 = await metrics(cdp);
  const wall = (Date.now() - t0) / 1000;
  return { msPerSecond: (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / wall, seconds: wall };
}
