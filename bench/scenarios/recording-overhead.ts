// What recording every message costs the page: a recording page and a `?record=off` one side by side on one printing
// mock, measured at the same time, so both see the same messages and the same load of a shared machine.
import type { Browser } from '@playwright/test';
import { openPage, setSlowdown, type BenchPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import { startTrace } from '../probes/cdp-trace.ts';
import type { Row } from '../report.ts';

/** One page's run: main-thread time over its measured span and the `current` messages it handled. */
export interface OverheadRun {
  /** Main-thread task ms per second (wall time of the tasks: a busy machine's waits for a core count too). */
  perSecond: number;
  /** The same tasks' main-thread CPU ms over the span: what other work on a shared machine does not inflate. */
  cpuMs: number;
  /** The measured span, first to last `current` frame. */
  seconds: number;
  messages: number;
}

export interface Overhead {
  on: OverheadRun[];
  off: OverheadRun[];
}

/** Past the recorder's first write (5 s after the first frame, then an idle callback): the measured span is its
 * steady state, a batch written every 5 s, not the one-time load of its module and database. */
export const SETTLE_MS = 8000;
/** Which page is opened (and so connected and settled) first in each pair: off-on, on-off, twice (A-B-B-A-A-B-B-A).
 * Four pairs, not two: with both pages near 5 ms/s, the 0.25 ms/s that 5 % allows is less than two pairs differed. */
const PAIRS = [
  ['off', 'on'],
  ['on', 'off'],
  ['off', 'on'],
  ['on', 'off'],
] as const;

async function livePage(browser: Browser, stack: BenchStack, side: 'on' | 'off'): Promise<BenchPage> {
  const bp = await openPage(browser, stack.baseURL, 1);
  await bp.page.goto(side === 'on' ? BENCH_PATH : `${BENCH_PATH}&record=off`);
  await waitLive(bp.page);
  return bp;
}

/** Each pair runs both pages at once for `seconds`, traced in one browser-wide trace split by page. */
export async function measureOverhead(
  browser: Browser,
  stack: BenchStack,
  rate: number,
  seconds: number,
): Promise<Overhead> {
  const out: Overhead = { on: [], off: [] };
  for (const order of PAIRS) {
    const pages: BenchPage[] = [];
    try {
      for (const side of order) pages.push(await livePage(browser, stack, side));
      await Promise.all(pages.map((p) => setSlowdown(p.cdp, rate)));
      await sleep(SETTLE_MS);
      const before = await Promise.all(pages.map((p) => probeData(p.page)));
      const cdp = await browser.newBrowserCDPSession();
      const trace = await startTrace(cdp);
      await Promise.all(pages.map((p, i) => p.page.evaluate((n) => performance.mark(`bench:page:${n}`), order[i])));
      await sleep(seconds * 1000);
      const costs = await trace.stopByPage();
      await cdp.detach();
      const after = await Promise.all(pages.map((p) => probeData(p.page)));
      order.forEach((side, i) => {
        const c = costs.get(side);
        if (!c) throw new Error(`the trace holds no main thread of the ${side} page`);
        out[side].push({
          perSecond: c.perSecond,
          cpuMs: c.cpuPerSecond * c.seconds,
          seconds: c.seconds,
          messages: (after[i]?.currentMessages ?? 0) - (before[i]?.currentMessages ?? 0),
        });
      });
    } finally {
      await Promise.all(pages.map((p) => p.close()));
    }
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Main-thread CPU ms per second over all runs of one side (their spans weighed by length). */
const cpuPerSecond = (xs: OverheadRun[]) => sum(xs.map((x) => x.cpuMs)) / sum(xs.map((x) => x.seconds));
const cpuPerMessage = (xs: OverheadRun[]) => sum(xs.map((x) => x.cpuMs)) / sum(xs.map((x) => x.messages));
const wallPerSecond = (xs: OverheadRun[]) =>
  sum(xs.map((x) => x.perSecond * x.seconds)) / sum(xs.map((x) => x.seconds));
const extra = (on: number, off: number) => ((on - off) / off) * 100;

export function overheadRow(rate: number, o: Overhead | undefined): Row {
  // Judged per second, as the issue says; per message beside it, since on a busy machine the throttle loop may
  // ask OctoPrint for fewer messages on one page than on the other (at the same rate both say the same).
  const pct = o ? extra(cpuPerSecond(o.on), cpuPerSecond(o.off)) : Number.NaN;
  const secs = (xs: OverheadRun[]) => xs.map((x) => x.seconds.toFixed(0)).join('+');
  const msgs = (xs: OverheadRun[]) => xs.map((x) => x.messages).join('+');
  return {
    id: `recording.overhead.${rate}x`,
    metric: `Recording every message: extra main-thread time per second while printing, ${rate}×`,
    value: Number.isNaN(pct) ? null : pct,
    unit: '%',
    goal: '≤ 5 %',
    pass: Number.isNaN(pct) ? null : pct <= 5,
    ...(o && {
      note:
        `main-thread CPU ${cpuPerSecond(o.on).toFixed(2)} vs ${cpuPerSecond(o.off).toFixed(2)} ms/s, recording vs ` +
        `?record=off, both pages at once on one printing mock, ${PAIRS.length} pairs opened A-B-B-A, ` +
        `${secs(o.on)} s each after ${SETTLE_MS / 1000} s; per message ` +
        `${extra(cpuPerMessage(o.on), cpuPerMessage(o.off)).toFixed(1)} % (${msgs(o.on)} vs ${msgs(o.off)} ` +
        `current messages); task wall time ${wallPerSecond(o.on).toFixed(1)} vs ${wallPerSecond(o.off).toFixed(1)} ms/s`,
    }),
  };
}
