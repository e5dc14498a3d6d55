// Where the main thread's time goes while printing, by kind of work: `npx tsx bench/top-costs.ts [seconds] [rate] [minutes]`
// after `npx vite build`. A CDP trace's main-thread events, self time per second (JS by source file through the
// build's source maps), for the README's "top five costs per second"; `minutes` of history are built up first.
import type { CDPSession } from '@playwright/test';
import { setSlowdown } from './lib/browser.ts';
import { BENCH_PATH, sleep, waitLive } from './lib/page-data.ts';
import { printingPage } from './lib/printing-page.ts';
import { isArrival } from './probes/cdp-trace.ts';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

const seconds = Number(process.argv[2] ?? 20);
const rate = Number(process.argv[3] ?? 1);
/** RECORD=off profiles the page with its recorder off (recording's cost is the difference); SETTLE=ms waits longer. */
const PAGE_PATH = process.env.RECORD === 'off' ? `${BENCH_PATH}&record=off` : BENCH_PATH;
const SETTLE_MS = Number(process.env.SETTLE ?? 3000);
const minutes = Number(process.argv[4] ?? 0);

async function trace(cdp: CDPSession, ms: number): Promise<Ev[]> {
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as Ev[])));
  const cats = [
    '-*',
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    'v8.execute',
  ];
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: cats } });
  await sleep(ms);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Self CPU time (minus nested children) of every complete event on the page's main thread, grouped by a label. */
const counts = new Map<string, number>();
function selfTimes(events: Ev[], keep: (e: Ev) => boolean = () => true): Map<string, number> {
  counts.clear();
  const mark = events.find(isArrival);
  const main = events
    .filter((e) => e.ph === 'X' && mark && e.pid === mark.pid && e.tid === mark.tid && e.dur != null && keep(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, number>();
  const stack: { end: number; label: string; self: number }[] = [];
  const pop = (until: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= until) {
      const top = stack.pop() as { label: string; self: number };
      out.set(top.label, (out.get(top.label) ?? 0) + top.self);
    }
  };
  for (const e of main) {
    pop(e.ts);
    const parent = stack[stack.length - 1];
    // Thread CPU time (tdur) where the trace has it: a busy machine inflates wall time, not this.
    const cost = e.tdur ?? e.dur ?? 0;
    if (parent) parent.self -= cost;
    const url = e.args?.data?.url?.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js');
    const label =
      e.name === 'FunctionCall' || e.name === 'EvaluateScript'
        ? `${e.name} ${url ?? ''} ${e.args?.data?.functionName ?? ''}`.trim()
        : e.name;
    stack.push({ end: e.ts + (e.dur ?? 0), label, self: cost });
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  pop(Number.POSITIVE_INFINITY);
  return out;
}

// INIT=js runs in the page before its own scripts (e.g. a flag a probe reads); EVAL=js, below, once it is live.
const { bp, close } = await printingPage(minutes, PAGE_PATH, process.env.INIT);
try {
  await waitLive(bp.page);
  // EVAL=js runs in the page first, for an A/B of one part (e.g. hiding the chart's canvas).
  if (process.env.EVAL) await bp.page.evaluate(process.env.EVAL);
  await sleep(SETTLE_MS);
  await setSlowdown(bp.cdp, rate);
  const events = await trace(bp.cdp, seconds * 1000);
  const top = [...selfTimes(events)]
    .filter(([k]) => k !== 'ThreadControllerImpl::RunTask' && k !== 'RunTask')
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 15));
  const total = [...selfTimes(events)].reduce((a, [, v]) => a + v, 0);
  console.log(
    `self time at ${rate}× over ${seconds} s (${(total / 1000 / seconds).toFixed(1)} ms/s incl. task overhead):`,
  );
  for (const [k, us] of top)
    console.log(
      `${(us / 1000 / seconds).toFixed(2).padStart(7)} ms/s  ${((counts.get(k) ?? 0) / seconds).toFixed(1).padStart(6)} /s  ${k}`,
    );
  // The worst 5 % of updates by CPU (tasks starting within 100 ms of a `current` frame): what they spend it on.
  const marks = events.filter(isArrival).map((e) => e.ts);
  const pagePid = events.find(isArrival)?.pid;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pagePid);
  const windows = marks.map((m, i) => {
    const end = Math.min(m + 100_000, marks[i + 1] ?? Number.POSITIVE_INFINITY);
    const from = tasks.find((t) => t.ts <= m && m <= t.ts + (t.dur ?? 0))?.ts ?? m;
    return {
      from,
      end,
      cpu: tasks.filter((t) => t.ts >= from && t.ts < end).reduce((a, t) => a + (t.tdur ?? t.dur ?? 0), 0),
    };
  });
  const cpu = windows.map((w) => w.cpu / 1000).sort((a, b) => a - b);
  const at = (q: number) => (cpu[Math.min(cpu.length - 1, Math.floor(q * cpu.length))] ?? Number.NaN).toFixed(2);
  console.log(
    `\nCPU per update (tasks within 100 ms of a message frame): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${cpu.length} updates`,
  );
  const worst = [...windows].sort((a, b) => b.cpu - a.cpu).slice(0, Math.max(1, Math.round(windows.length * 0.05)));
  const inWorst = (e: Ev) => worst.some((w) => e.ts >= w.from && e.ts < w.end);
  console.log(
    `\nworst ${worst.length} of ${windows.length} updates (CPU ${worst.map((w) => (w.cpu / 1000).toFixed(1)).join(', ')} ms), self time per update:`,
  );
  for (const [k, us] of [...selfTimes(events, inWorst)]
    .filter(([k]) => k !== 'RunTask' && k !== 'ThreadControllerImpl::RunTask')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)) {
    console.log(`${(us / 1000 / worst.length).toFixed(2).padStart(7)} ms  ${k}`);
  }
  // TIMELINE=1 lists each main-thread task of 3 s in order with its biggest parts: which task starts each frame.
  if (process.env.TIMELINE) timeline(events);
} finally {
  await close();
}

function timeline(events: Ev[]): void {
  const mark = events.find(isArrival);
  const main = events
    .filter((e) => e.ph === 'X' && mark && e.pid === mark.pid && e.tid === mark.tid && e.dur != null)
    .sort((a, b) => a.ts - b.ts);
  const t0 = (main[0]?.ts ?? 0) + 5_000_000;
  const long = Number(process.env.LONG ?? 0) * 1000;
  const tasks = main.filter(
    (e) =>
      e.name === 'ThreadControllerImpl::RunTask' &&
      (long > 0 ? (e.dur ?? 0) >= long : e.ts >= t0 && e.ts < t0 + 3_000_000),
  );
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts < end && (e.dur ?? 0) > 30);
    const parts = inside
      .map(
        (e) =>
          `${e.name}${e.args?.data?.functionName ? `:${e.args.data.functionName}` : ''}${e.args?.data?.url ? `@${e.args.data.url.replace(/^.*\//, '')}` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(2)}`,
      )
      .slice(0, 8);
    if ((t.dur ?? 0) < 50) continue;
    console.log(
      `${((t.ts - t0) / 1000).toFixed(1).padStart(8)} ms ${((t.tdur ?? t.dur ?? 0) / 1000).toFixed(2).padStart(6)}  ${parts.join(' | ')}`,
    );
  }
}
