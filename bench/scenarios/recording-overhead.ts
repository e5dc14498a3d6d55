// What recording every message costs the page: one printing page, its recorder paused and resumed in turns (off, on,
// off, …, off) through the test API, so the same page, process and heap are measured both ways and a slow drift of
// the page's cost (its chart filling up, the machine) falls on both sides of each on-block alike.
import type { Browser } from '@playwright/test';
import { collectGarbage, openPage, setSlowdown } from '../lib/browser.ts';
import { BENCH_PATH, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import { startTrace, type MainThread } from '../probes/cdp-trace.ts';
import type { Row } from '../report.ts';

/** One on-block with the off-blocks either side of it. */
export interface OverheadCycle {
  /** Seconds the recorder was handed frames. */
  recorded: number;
  /** Main-thread CPU ms from resuming until TAIL_MS after pausing (its last batch written), and that span's seconds. */
  onCpuMs: number;
  onSeconds: number;
  /** Main-thread CPU ms per second of the off-blocks before and after (each measured from TAIL_MS on). */
  offPerSecond: number;
}

export interface Overhead {
  cycles: OverheadCycle[];
  blockSeconds: number;
}

/** How long the naive compare lets each page run before measuring (bench/run.ts): past the app's start. */
export const SETTLE_MS = 8000;
/** Past the recorder's first write (its module, worker and database) and the page's start: a one-time task about
 * 30 s after the page is live (a major GC among it, there with the recorder paused too) fell on the first on-block at
 * both rates with an 8 s settle, and never later; 40 s puts it before the trace. */
const RECORDING_SETTLE_MS = 40_000;
/** Pausing writes what the recorder holds at once; the worker's answer and its totals (shown with the next frame, or
 * 1 s later) come within this: counted to the on-block before it. That last partial batch is one write more than the
 * steady state would make in the block (3 writes in a 10 s block, not 2): the row errs against recording. */
export const TAIL_MS = 2500;

/** CPU µs of the tasks starting in [from, to). */
const cpuIn = (t: MainThread, from: number, to: number) =>
  t.tasks.reduce((a, k) => (k.ts >= from && k.ts < to ? a + k.cpu : a), 0);

/** Cycles from a trace's `bench:rec:off` / `bench:rec:on` marks (off, on, off, …, off, then `bench:rec:end`). */
export function cyclesOf(t: MainThread): OverheadCycle[] {
  const marks = t.marks.filter((m) => m.name.startsWith('bench:rec:'));
  const offRate = (i: number) => {
    const from = (marks[i]?.ts ?? 0) + TAIL_MS * 1000;
    const to = marks[i + 1]?.ts ?? from;
    return to > from ? cpuIn(t, from, to) / 1000 / ((to - from) / 1e6) : Number.NaN;
  };
  const out: OverheadCycle[] = [];
  for (let i = 1; i + 1 < marks.length; i += 2) {
    const on = marks[i] as { ts: number };
    const off = marks[i + 1] as { ts: number };
    const to = off.ts + TAIL_MS * 1000;
    out.push({
      recorded: (off.ts - on.ts) / 1e6,
      onCpuMs: cpuIn(t, on.ts, to) / 1000,
      onSeconds: (to - on.ts) / 1e6,
      offPerSecond: (offRate(i - 1) + offRate(i + 1)) / 2,
    });
  }
  return out;
}

/** `cycles` on-blocks of `blockSeconds`, each between two off-blocks as long, in one trace of one page. */
export async function measureOverhead(
  browser: Browser,
  stack: BenchStack,
  rate: number,
  cycles: number,
  blockSeconds: number,
): Promise<Overhead> {
  const bp = await openPage(browser, stack.baseURL, 1);
  try {
    // The streaming rows' setting: the chart at the server's 30-minute window. The default fits the window to the
    // history, which on a print started minutes ago rescales with each point, and the page's cost climbed 50 % over
    // one measurement: a drift the off-blocks either side of an on-block could not cancel.
    await bp.page.addInitScript(() =>
      localStorage.setItem('octoprint-live.settings', JSON.stringify({ chartMinutes: 30 })),
    );
    await bp.page.goto(BENCH_PATH);
    await waitLive(bp.page);
    await setSlowdown(bp.cdp, rate);
    await sleep(RECORDING_SETTLE_MS);
    // Both sides start from the same clean heap: no garbage of the page's start is left for a block to collect.
    await collectGarbage(bp.cdp);
    const trace = await startTrace(bp.cdp);
    const turn = (on: boolean | null) =>
      bp.page.evaluate((to) => {
        if (to !== null) window.__octoprintLiveTest?.setRecording(to);
        performance.mark(`bench:rec:${to === null ? 'end' : to ? 'on' : 'off'}`);
      }, on);
    for (let c = 0; c < cycles; c++) {
      await turn(false);
      await sleep(blockSeconds * 1000);
      await turn(true);
      await sleep(blockSeconds * 1000);
    }
    await turn(false);
    await sleep(blockSeconds * 1000);
    await turn(null);
    const found = cyclesOf(await trace.stopTasks());
    if (found.length !== cycles) throw new Error(`the trace holds ${found.length} of ${cycles} on-blocks`);
    return { cycles: found, blockSeconds };
  } finally {
    await bp.close();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Recording's extra main-thread CPU per recorded second, as a share of the page's own time per second. */
export function extraPercent(o: Overhead): number {
  // Each on-span's own cost, had it not recorded, is its length at its neighbours' off rate.
  const extraMs = sum(o.cycles.map((c) => c.onCpuMs - c.offPerSecond * c.onSeconds));
  const off = sum(o.cycles.map((c) => c.offPerSecond * c.recorded)) / sum(o.cycles.map((c) => c.recorded));
  return (extraMs / sum(o.cycles.map((c) => c.recorded)) / off) * 100;
}

export function overheadRow(rate: number, o: Overhead | undefined): Row {
  const pct = o ? extraPercent(o) : Number.NaN;
  const each = (o?.cycles ?? []).map((c) => ((c.onCpuMs / c.onSeconds / c.offPerSecond - 1) * 100).toFixed(1));
  return {
    id: `recording.overhead.${rate}x`,
    metric: `Recording every message: extra main-thread time per second while printing, ${rate}×`,
    value: Number.isNaN(pct) ? null : pct,
    unit: '%',
    goal: '≤ 5 %',
    pass: Number.isNaN(pct) ? null : pct <= 5,
    ...(o && {
      note:
        `main-thread CPU with the recorder paused ${(sum(o.cycles.map((c) => c.offPerSecond)) / o.cycles.length).toFixed(2)} ms/s; ` +
        `one page, its recorder paused and resumed in turns (test API), ${o.cycles.length} on-blocks of ` +
        `${o.blockSeconds} s each between off-blocks as long, after ${RECORDING_SETTLE_MS / 1000} s; each on-block counted ` +
        `until ${TAIL_MS / 1000} s after pausing (which writes its last batch), against the off-blocks either side; ` +
        `per on-span ${each.join(', ')} % (diluted by the tail)`,
    }),
  };
}
