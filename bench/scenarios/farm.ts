// The farm view: 24 mock printers all printing, 1280×800. Time until every card is live, main-thread time per second
// at 1× and long tasks at 4×, whether the cost follows the cards in view (24 printers, 8 in view) rather than the
// printers (8 printers), the JS heap after 10 minutes of printing, and a network blip's reconnects.
import type { Browser } from '@playwright/test';
import { startFarm, type Farm } from '../../mock/farm.ts';
import { collectGarbage, metrics, setSlowdown } from '../lib/browser.ts';
import { sleep } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import { startTrace } from '../probes/cdp-trace.ts';
import { measureBlip, type BlipRun } from './farm-blip.ts';
import { openFarmPage, type FarmPage } from './farm-page.ts';

export interface FarmRun {
  printers: number;
  /** Navigation to every card showing Live with a printer state. */
  liveMs: number;
  /** Main-thread task time per second over the measured window (CDP trace). */
  msPerSecond: number;
  /** The same tasks' CPU time per second (a loaded machine stretches wall time, not this). */
  cpuPerSecond: number;
  /** Cards in the viewport during the window. */
  cardsInView: number;
  /** `current` messages the farm's mocks sent per second during the window: what the page asked for. */
  currentsPerSecond: number;
  longTasks: number;
  viewportHeight: number;
  /** The run with the screen cut to this many cards in view (24 printers, 8 in view), or null for the whole 800 px. */
  inViewGoal: number | null;
}

export interface FarmResult {
  runs: FarmRun[];
  /** The 24-printer page at 4× CPU slowdown. */
  slow?: { longTasks: number; longestTask: number; msPerSecond: number; settleSeconds: number };
  /** JS heap (MB, after a GC) once the page has seen `minutes` of printing at mock speed `speed`. */
  heap?: { mb: number; minutes: number; speed: number; seconds: number };
  blip?: BlipRun;
}

async function window(
  fp: FarmPage,
  seconds: number,
): Promise<{ perSecond: number; cpuPerSecond: number; longTasks: number; longest: number }> {
  const m0 = await metrics(fp.bp.cdp);
  const trace = await startTrace(fp.bp.cdp);
  const w0 = Date.now();
  await sleep(seconds * 1000);
  const cdp = await trace.stop();
  const wall = (Date.now() - w0) / 1000;
  const m1 = await metrics(fp.bp.cdp);
  // The trace's main-thread total; Chromium's TaskDuration counter where the trace has none.
  const perSecond = Number.isFinite(cdp.perSecond)
    ? cdp.perSecond
    : (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / wall;
  return { perSecond, cpuPerSecond: cdp.cpuPerSecond, longTasks: cdp.longTasks, longest: cdp.longestTask };
}

/** Settling before a window: past the farm's 5 s state-off delay, so cards out of view have turned their state off. */
const SETTLE_MS = 7000;

/** Every `current` the farm's mocks have sent so far. */
async function currentsSent(farm: Farm): Promise<number> {
  const counts = await Promise.all(
    farm.printers.map(
      async (p) => ((await (await fetch(`${p.mock.url}/mock/truth`)).json()) as { currentsSent: number }).currentsSent,
    ),
  );
  return counts.reduce((a, n) => a + n, 0);
}

async function run(fp: FarmPage, farm: Farm, seconds: number, inViewGoal: number | null = null): Promise<FarmRun> {
  await sleep(SETTLE_MS);
  const sent0 = await currentsSent(farm);
  const t0 = Date.now();
  const w = await window(fp, seconds);
  const currentsPerSecond = ((await currentsSent(farm)) - sent0) / ((Date.now() - t0) / 1000);
  return {
    printers: farm.printers.length,
    liveMs: fp.liveMs,
    msPerSecond: w.perSecond,
    cpuPerSecond: w.cpuPerSecond,
    cardsInView: await fp.cardsInView(),
    currentsPerSecond,
    longTasks: w.longTasks,
    viewportHeight: fp.bp.page.viewportSize()?.height ?? 0,
    inViewGoal,
  };
}

/** Opens a page, measures one run on it, closes it. */
async function runOn(open: () => Promise<FarmPage>, farm: Farm, seconds: number, inViewGoal: number | null) {
  const fp = await open();
  try {
    return await run(fp, farm, seconds, inViewGoal);
  } finally {
    await fp.close();
  }
}

/** Two halves of one run, as one run over their whole time. */
function joined(a: FarmRun, b: FarmRun): FarmRun {
  const mean = (x: number, y: number) => (x + y) / 2;
  return {
    ...a,
    liveMs: Math.max(a.liveMs, b.liveMs),
    msPerSecond: mean(a.msPerSecond, b.msPerSecond),
    cpuPerSecond: mean(a.cpuPerSecond, b.cpuPerSecond),
    currentsPerSecond: mean(a.currentsPerSecond, b.currentsPerSecond),
    longTasks: a.longTasks + b.longTasks,
    cardsInView: Math.max(a.cardsInView, b.cardsInView),
  };
}

/**
 * The scale row's two runs in A-B-B-A order, both farms running throughout: the 24-printer page with 8 cards in view
 * for half the time, the 8-printer page for the whole time, then the first again. A machine that gets busier or
 * quieter during the runs weighs on both sides alike, and the ratio compares like with like.
 */
async function scaleRuns(
  browser: Browser,
  stack: BenchStack,
  big: Farm,
  small: Farm,
  seconds: number,
): Promise<FarmRun[]> {
  const eight = () => openFarmPage(browser, stack, big, 8);
  const a1 = await runOn(eight, big, seconds / 2, 8);
  const b = await runOn(() => openFarmPage(browser, stack, small), small, seconds, null);
  const a2 = await runOn(eight, big, seconds / 2, 8);
  return [joined(a1, a2), b];
}

/** 24 printers (1× then 4×, then the blip), 24 with 8 cards in view against 8 printers, and the heap run at speed 10. */
export async function measureFarm(browser: Browser, stack: BenchStack, seconds: number): Promise<FarmResult> {
  const result: FarmResult = { runs: [] };
  const started = async (count: number, speed: number): Promise<Farm> =>
    startFarm({ count, port: 0, speed, roles: ['printing'], printSeconds: 6 * 3600 });
  const big = await started(24, 1);
  try {
    const fp = await openFarmPage(browser, stack, big);
    try {
      result.runs.push(await run(fp, big, seconds));
      // The page's throttle loop answers a slower CPU within a few updates: measured once it has.
      const settleSeconds = 12;
      await setSlowdown(fp.bp.cdp, 4);
      await sleep(settleSeconds * 1000);
      const slow = await window(fp, Math.max(5, seconds / 2));
      result.slow = {
        longTasks: slow.longTasks,
        longestTask: slow.longest,
        msPerSecond: slow.perSecond,
        settleSeconds,
      };
      await setSlowdown(fp.bp.cdp, 1);
      await sleep(2000);
      result.blip = await measureBlip(fp, big);
    } finally {
      await fp.close();
    }
    // The same 24 printers on a screen that shows two rows (8 cards in view, 16 below) against 8 printers.
    const small = await started(8, 1);
    try {
      result.runs.push(...(await scaleRuns(browser, stack, big, small, seconds)));
    } finally {
      await small.close();
    }
  } finally {
    await big.close();
  }
  // 10 minutes of printer time in one minute: every sparkline fills its whole 10-minute window.
  const speed = 10;
  const heapFarm = await started(24, speed);
  try {
    const fp = await openFarmPage(browser, stack, heapFarm);
    try {
      const heapSeconds = 60;
      await sleep(heapSeconds * 1000);
      await collectGarbage(fp.bp.cdp);
      const m = await metrics(fp.bp.cdp);
      result.heap = {
        mb: (m.JSHeapUsedSize ?? 0) / 2 ** 20,
        minutes: (heapSeconds * speed) / 60,
        speed,
        seconds: heapSeconds,
      };
    } finally {
      await fp.close();
    }
  } finally {
    await heapFarm.close();
  }
  return result;
}
