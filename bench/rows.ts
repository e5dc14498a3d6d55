// Turns the scenarios' raw results into the report's rows: metric, value, goal and verdict.
import { median, quantile } from './lib/stats.ts';
import type { BundleSize } from './probes/bundle.ts';
import type { Row } from './report.ts';
import type { FarmResult } from './scenarios/farm.ts';
import type { FloodResult } from './scenarios/flood.ts';
import type { NetworksResult } from './scenarios/networks.ts';
import type { ReconnectRun } from './scenarios/reconnect.ts';
import { recordingRows, type RecordingResult } from './scenarios/recording.ts';
import type { SoakSample } from './scenarios/soak.ts';
import type { StreamingResult } from './scenarios/streaming.ts';
import type { ThrottleLoopResult } from './scenarios/throttle-loop.ts';

export interface Results {
  errors: Record<string, string>;
  bundle?: { app: BundleSize; naive: BundleSize };
  navigation?: Record<number, number[]>;
  streaming?: Record<number, StreamingResult>;
  flood?: FloodResult;
  reconnect?: ReconnectRun[];
  networks?: NetworksResult;
  throttle?: ThrottleLoopResult;
  /** App and naive over a full 30-minute window at the speed that filled it (the judged ratios). */
  compare?: { app: StreamingResult; naive: StreamingResult };
  /** The same window afterwards as a real print runs: the naive page re-creates its chart only per new point. */
  compareRealTime?: { app: StreamingResult; naive: StreamingResult };
  soak?: SoakSample[];
  farm?: FarmResult;
  /** The same print in a 60-minute window over 60 minutes of history, and in a 5-minute window. */
  windows?: Record<number, StreamingResult>;
  recording?: RecordingResult;
}

export interface Plan {
  costSeconds: Record<number, number>;
  flood: { hz: number; seconds: number };
  soak: { speed: number; hours: number };
  reconnect: { runs: number; downMs: number };
  compare: { speed: number; seconds: number; untracedSeconds: number; earlySeconds: number };
  throttleSlowdown: number;
  windows: { speed: number; seconds: number };
}

const KIB = 1024;
/**
 * The chart's series keeps 60 minutes at one point per 2 s (src/store/temperature-series.ts, OctoPrint's M155 S2),
 * trimmed against the newest point, so it may briefly hold one `current` message's batch more: at mock speed S a
 * message every 0.5 s carries S × 0.5 s / 2 s points.
 */
const pointsBound = (speed: number) => (60 * 60) / 2 + 1 + Math.ceil((speed * 0.5) / 2);
/** The page's pending queue may hold what 50 Hz delivers in 200 ms, a generous frame or two, never a growing backlog. */
const PENDING_BOUND = 10;

function row(
  id: string,
  metric: string,
  value: number | null | undefined,
  unit: string,
  goal: string,
  test: ((v: number) => boolean) | null,
  note?: string,
): Row {
  const v = value === undefined || value === null || Number.isNaN(value) ? null : value;
  return {
    id,
    metric,
    value: v,
    unit,
    goal: test ? goal : 'reported',
    pass: v === null || !test ? null : test(v),
    ...(note ? { note } : {}),
  };
}

const le = (limit: number) => (v: number) => v <= limit;
const ge = (limit: number) => (v: number) => v >= limit;
const eq0 = (v: number) => v === 0;

function costRows(s: Record<number, StreamingResult> | undefined): Row[] {
  const rows: Row[] = [];
  const goals: Record<number, number | null> = { 1: 2, 4: null, 6: 8 };
  for (const rate of [1, 4, 6]) {
    const r = s?.[rate];
    const fromMeter = !!r?.meter?.length;
    const costs = fromMeter ? (r?.meter as number[]) : (r?.cdp.perUpdate ?? []);
    const src = fromMeter ? 'render-cost meter' : 'CDP main-thread task time per update (meter not in this build)';
    const g = goals[rate] ?? null;
    const n = `${costs.length} updates; ${src}`;
    rows.push(
      row(
        `cost.p50.${rate}x`,
        `Cost per applied update p50, ${rate}× CPU`,
        quantile(costs, 0.5),
        'ms',
        'reported',
        null,
        n,
      ),
    );
    rows.push(
      row(
        `cost.p95.${rate}x`,
        `Cost per applied update p95, ${rate}× CPU`,
        quantile(costs, 0.95),
        'ms',
        g === null ? 'reported' : `≤ ${g} ms`,
        g === null ? null : le(g),
        n,
      ),
    );
  }
  for (const rate of [1, 4, 6]) {
    const r = s?.[rate];
    rows.push(
      row(
        `cdp.p95.${rate}x`,
        `Main-thread task time per update p95 (CDP), ${rate}×`,
        quantile(r?.cdp.perUpdate ?? [], 0.95),
        'ms',
        'reported',
        null,
        r
          ? `p50 ${quantile(r.cdp.perUpdate, 0.5).toFixed(2)} ms; CPU p95 ${quantile(r.cdp.perUpdateCpu, 0.95).toFixed(2)} ms; tasks within 100 ms of each message frame; whole interval p95 ${quantile(r.cdp.perInterval, 0.95).toFixed(2)} ms`
          : undefined,
      ),
    );
  }
  // The bar (issue table, same method): OctoPrint 1.11.8's own page spends 110–141 ms/s at 1× and 413–541 at 4×; we aim at a tenth.
  rows.push(
    row(
      'cdp.perSecond.1x',
      'Main-thread time per second while printing, 1×',
      s?.[1]?.cdp.perSecond,
      'ms/s',
      '≤ 12 ms/s',
      le(12),
      "30-minute chart window; OctoPrint 1.11.8's own page 110–141 ms/s; goal a tenth",
    ),
  );
  rows.push(
    row(
      'cdp.perSecond.4x',
      'Main-thread time per second while printing, 4×',
      s?.[4]?.cdp.perSecond,
      'ms/s',
      '≤ 45 ms/s',
      le(45),
      "30-minute chart window; OctoPrint 1.11.8's own page 413–541 ms/s; goal a tenth",
    ),
  );
  const one = s?.[1];
  rows.push(
    row(
      'react.commitsPerCurrent',
      'React commits per current message (1×)',
      one ? one.messageCommits / Math.max(1, one.currentMessages) : null,
      '',
      '≤ 1',
      le(1),
      one
        ? `${one.messageCommits} commits within 100 ms of ${one.currentMessages} messages; ${(one.commits / one.seconds).toFixed(1)} commits/s in all (the 1 s clock included)`
        : undefined,
    ),
  );
  rows.push(
    row(
      'chart.setDataPerSecond',
      'uPlot setData calls per second (1×)',
      one ? one.draws / one.seconds : null,
      '/s',
      '≤ 2',
      le(2),
      'chart draws counted by its draw hook',
    ),
  );
  const six = s?.[6];
  rows.push(
    row(
      'longTasks.6x',
      'Long tasks ≥ 50 ms, 60 s streaming at 6×',
      six?.longTasks,
      '',
      '0',
      eq0,
      six ? `longest main-thread task ${six.cdp.longestTask.toFixed(1)} ms (CDP)` : undefined,
    ),
  );
  rows.push(
    row(
      'longFrames.6x',
      'Long animation frames > 50 ms, 60 s at 6×',
      six?.longFrames,
      '',
      '0',
      eq0,
      six?.longFrames ? `longest ${six.maxLongFrameMs.toFixed(0)} ms` : undefined,
    ),
  );
  return rows;
}

/** The farm view's goals: 24 printers all printing at 1×, 1280×800. */
function farmRows(f: FarmResult | undefined): Row[] {
  const big = f?.runs.find((x) => x.printers === 24 && x.inViewGoal === null);
  const eight = f?.runs.find((x) => x.printers === 24 && x.inViewGoal === 8);
  const small = f?.runs.find((x) => x.printers === 8);
  const blip = f?.blip;
  return [
    row(
      'farm.live',
      'Farm: 24 printers, navigation to every card live',
      big?.liveMs,
      'ms',
      '≤ 3000 ms',
      le(3000),
      big ? `${big.cardsInView} cards in view at 1280×800` : undefined,
    ),
    row(
      'farm.perSecond.1x',
      'Farm: main-thread time per second, 24 printing, 1×',
      big?.msPerSecond,
      'ms/s',
      '≤ 40 ms/s',
      le(40),
      big
        ? `${big.longTasks} long tasks; CPU ${big.cpuPerSecond.toFixed(1)} ms/s (wall time stretches on a busy machine)`
        : undefined,
    ),
    row(
      'farm.longTasks.4x',
      'Farm: long tasks, 24 printing, 4× CPU slowdown',
      f?.slow?.longTasks,
      '',
      '0',
      eq0,
      f?.slow
        ? `${f.slow.msPerSecond.toFixed(1)} ms/s; longest task ${f.slow.longestTask.toFixed(1)} ms; measured after ${f.slow.settleSeconds} s at 4× (the throttle loop's answer)`
        : undefined,
    ),
    row(
      'farm.heap',
      'Farm: JS heap after 10 minutes of printing, 24 printers',
      f?.heap?.mb,
      'MB',
      '≤ 60 MB',
      le(60),
      f?.heap
        ? `after a GC; ${f.heap.minutes} printer minutes in ${f.heap.seconds} s (mock speed ×${f.heap.speed}: every sparkline holds its whole 10-minute window; messages at the real rate)`
        : undefined,
    ),
    row(
      'farm.scale',
      'Farm: cost of 24 printers (8 in view) / cost of 8 printers',
      // Main-thread CPU time: on a shared machine a task's wall time also counts the time it waited for a core.
      eight && small ? eight.cpuPerSecond / small.cpuPerSecond : null,
      '×',
      '≤ 1.5',
      le(1.5),
      eight && small
        ? `CPU ${eight.cpuPerSecond.toFixed(1)} vs ${small.cpuPerSecond.toFixed(1)} ms/s (wall ${eight.msPerSecond.toFixed(1)} vs ${small.msPerSecond.toFixed(1)}), ${Number(eight.currentsPerSecond).toFixed(1)} vs ${Number(small.currentsPerSecond).toFixed(1)} currents/s, measured A-B-B-A; ${eight.cardsInView} of 24 cards in view at 1280×${eight.viewportHeight}, ${small.cardsInView} of 8 at 1280×800`
        : undefined,
    ),
    row(
      'farm.blip.reconnect',
      'Farm: network blip, all 24 live again',
      blip ? (blip.reconnectMs ?? Number.POSITIVE_INFINITY) : null,
      'ms',
      '≤ 5000 ms',
      le(5000),
      blip ? `every printer unreachable for ${blip.downMs} ms at once; ${blip.attempts} attempts` : undefined,
    ),
    row(
      'farm.blip.spread',
      'Farm: network blip, reconnect attempts started in any 250 ms',
      blip?.maxIn250,
      '',
      '≤ 6',
      le(6),
      blip ? 'SockJS attempts (each begins with /sockjs/info), counted in the page' : undefined,
    ),
  ];
}

/** The cost of a new point must not grow with the window: p95 at 60 minutes over p95 at 5 minutes. */
function windowRows(w: Record<number, StreamingResult> | undefined, plan: Plan): Row[] {
  const p95 = (s: StreamingResult | undefined) => quantile(s?.meter?.length ? s.meter : (s?.cdp.perUpdate ?? []), 0.95);
  const a = w?.[60];
  const b = w?.[5];
  const note =
    a && b
      ? `p95 ${p95(a).toFixed(2)} ms (60 min, ${a.meter?.length ?? 0} updates) vs ${p95(b).toFixed(2)} ms (5 min); mock speed ${plan.windows.speed}, 60-minute cutoff; render-cost meter`
      : undefined;
  return [
    row(
      'window.ratio',
      'Cost per update p95, 60-min window with 60 min of history / 5-min window',
      a && b ? p95(a) / p95(b) : null,
      '×',
      '≤ 1.3',
      le(1.3),
      note,
    ),
  ];
}

export function buildRows(r: Results, plan: Plan): Row[] {
  const b = r.bundle;
  const nav = r.navigation;
  const f = r.flood;
  const soak = r.soak ?? [];
  const first = soak[0];
  const last = soak.at(-1);
  const rc = r.reconnect ?? [];
  const t = r.throttle;
  const n = r.networks;
  const fromThird = n?.loginGapsMs.slice(2) ?? [];
  const c = r.compare;
  const rt = r.compareRealTime;
  // A rate of both compared pages, where both have one (a span of 0 s gives none).
  const ofBoth = (pick: (s: StreamingResult) => number | undefined) => {
    const naive = c && pick(c.naive);
    const app = c && pick(c.app);
    return naive && app ? { naive, app } : null;
  };
  // The judged naive ratio's untraced steady-state rates, and the first span's before them.
  const untraced = ofBoth((s) => s.untracedMsPerSecond);
  const early = ofBoth((s) => s.earlyMsPerSecond);
  const q = (s: StreamingResult | undefined, p: number) => quantile(s?.cdp.perUpdate ?? [], p);
  const perMsg = (s: StreamingResult) => (s.messageCommits / Math.max(1, s.currentMessages)).toFixed(1);
  return [
    row(
      'bundle.initialJs',
      'Initial JavaScript, gzip',
      b ? b.app.initialJsGzip / KIB : null,
      'KiB',
      '≤ 120 KiB',
      le(120),
      b
        ? `${(b.app.initialJsRaw / KIB).toFixed(0)} KiB minified; all chunks ${(b.app.allJsGzip / KIB).toFixed(1)} KiB gzip`
        : undefined,
    ),
    row('bundle.css', 'CSS, gzip', b ? b.app.cssGzip / KIB : null, 'KiB', 'reported', null),
    row(
      'nav.1x',
      'Navigation to first chart with history, 1×',
      nav?.[1] ? median(nav[1]) : null,
      'ms',
      '≤ 1000 ms',
      le(1000),
      nav?.[1]
        ? `median of ${nav[1].length} cold loads, max ${Math.max(...nav[1]).toFixed(0)} ms; 30 min of history`
        : undefined,
    ),
    row(
      'nav.4x',
      'Navigation to first chart with history, 4×',
      nav?.[4] ? median(nav[4]) : null,
      'ms',
      'reported',
      null,
      nav?.[4] ? `max ${Math.max(...nav[4]).toFixed(0)} ms` : undefined,
    ),
    ...costRows(r.streaming),
    ...windowRows(r.windows, plan),
    row(
      'flood.frameP95',
      `Flood ${plan.flood.hz} Hz ${plan.flood.seconds} s: frame time p95`,
      f ? quantile(f.frames, 0.95) : null,
      'ms',
      '≤ 20 ms',
      le(20),
      f ? `${f.frames.length} frames, ${f.messages} messages, ${f.longTasks} long tasks` : undefined,
    ),
    row(
      'flood.pending',
      'Flood: pending queue, most seen',
      f ? (f.hudPendingMax ?? f.maxPerFrame) : null,
      'msgs',
      `≤ ${PENDING_BOUND}`,
      le(PENDING_BOUND),
      f
        ? f.hudPendingMax !== null
          ? `the meter's pending count at frames; messages between two frames ${f.maxPerFrame}`
          : 'messages received between two frames (the per-frame batch)'
        : undefined,
    ),
    row(
      'flood.click',
      'Flood: click to next frame, worst',
      f?.clicks.length ? Math.max(...f.clicks) : null,
      'ms',
      '≤ 100 ms',
      le(100),
      f ? `${f.clicks.length} clicks` : undefined,
    ),
    row(
      'soak.heapGrowth',
      `Soak ${plan.soak.hours} h at speed ${plan.soak.speed}: JS heap growth after hour 1`,
      first && last ? last.heapMb - first.heapMb : null,
      'MB',
      '≤ 5 MB',
      le(5),
      first && last
        ? `${first.heapMb.toFixed(1)} → ${last.heapMb.toFixed(1)} MB after GC, ${soak.length} samples`
        : undefined,
    ),
    row(
      'soak.nodeGrowth',
      'Soak: DOM node growth after hour 1',
      first && last ? last.nodes - first.nodes : null,
      'nodes',
      '≤ 50 (flat)',
      le(50),
      first && last ? `${first.nodes} → ${last.nodes}` : undefined,
    ),
    row(
      'soak.kiosk',
      `Soak: kiosk layout (800×480), JS heap growth after hour 1`,
      first && last ? last.kioskHeapMb - first.kioskHeapMb : null,
      'MB',
      '≤ 5 MB',
      le(5),
      first && last
        ? `${first.kioskHeapMb.toFixed(1)} → ${last.kioskHeapMb.toFixed(1)} MB after GC; DOM nodes ${first.kioskNodes} → ${last.kioskNodes}`
        : undefined,
    ),
    row(
      'soak.points',
      'Soak: chart points, most seen',
      soak.length ? Math.max(...soak.map((s) => s.points)) : null,
      '',
      `≤ ${pointsBound(plan.soak.speed)}`,
      le(pointsBound(plan.soak.speed)),
      `60 min at one point per 2 s plus one message's batch at speed ${plan.soak.speed}; at the end ${last?.points ?? '–'}`,
    ),
    row(
      'reconnect.data',
      'Reconnect: server back → live data on screen, worst',
      rc.length ? Math.max(...rc.map((x) => x.dataMs)) : null,
      'ms',
      '≤ 1500 ms',
      le(1500),
      rc.length
        ? `${rc.length} restarts, ${plan.reconnect.downMs} ms down; Live after ${rc.map((x) => x.liveMs.toFixed(0)).join(', ')} ms`
        : undefined,
    ),
    row(
      'network.swallowed',
      'Bad network: 500 ms round trip, WebSocket upgrades swallowed → Live',
      n?.swallowedLiveMs,
      'ms',
      '≤ 12000 ms',
      le(12_000),
      n ? `${n.swallowedTransport}; mock fault layer, from navigation` : undefined,
    ),
    row(
      'network.ws200',
      'Bad network: 200 ms round trip over WebSocket → Live',
      n?.ws200LiveMs,
      'ms',
      '≤ 3000 ms',
      le(3000),
      'from navigation',
    ),
    row(
      'network.loginGap',
      'Server closing every socket 1 s after history: shortest gap between logins from the third on',
      fromThird.length ? Math.min(...fromThird) : null,
      'ms',
      '≥ 5000 ms',
      ge(5000),
      n
        ? `${n.loginGapsMs.length + 1} logins in ${n.loopSeconds} s; gaps ${n.loginGapsMs.map((g) => (g / 1000).toFixed(1)).join(', ')} s`
        : undefined,
    ),
    row(
      'throttle.raise',
      `Throttle loop: time to raise the factor at ${plan.throttleSlowdown}×`,
      t?.raiseMs,
      'ms',
      'reported',
      null,
      t
        ? t.supported
          ? `${t.renderLoadMs ? `slowdown alone stayed within budget; with ${t.renderLoadMs} ms render load` : 'slowdown alone'}; reached ×${t.maxFactor}`
          : 'no throttle loop in this build'
        : undefined,
    ),
    row('throttle.return', 'Throttle loop: time back to ×1 after the load ends', t?.returnMs, 'ms', 'reported', null),
    row(
      'naive.initialJs',
      'Naive baseline: initial JavaScript, gzip',
      b ? b.naive.initialJsGzip / KIB : null,
      'KiB',
      'reported',
      null,
    ),
    row(
      'ratio.bundle',
      'Bundle ratio, app / naive',
      b ? b.app.initialJsGzip / b.naive.initialJsGzip : null,
      '×',
      'reported',
      null,
    ),
    row(
      'compare.app.p50',
      `App, full 30-min chart (speed ${plan.compare.speed}): time per update p50 (CDP), 1×`,
      q(c?.app, 0.5),
      'ms',
      'reported',
      null,
      c
        ? `p95 ${q(c.app, 0.95).toFixed(2)} ms; ${perMsg(c.app)} commits per message; ${(c.app.draws / c.app.seconds).toFixed(1)} setData/s`
        : undefined,
    ),
    row(
      'compare.naive.p50',
      'Naive baseline, same messages: time per update p50 (CDP), 1×',
      q(c?.naive, 0.5),
      'ms',
      'reported',
      null,
      c
        ? `p95 ${q(c.naive, 0.95).toFixed(2)} ms; ${perMsg(c.naive)} commits per message; chart re-created ${(c.naive.draws / c.naive.seconds).toFixed(1)}/s`
        : undefined,
    ),
    row(
      'ratio.cost.p50',
      'Cost ratio per update, naive / app, p50',
      q(c?.naive, 0.5) / q(c?.app, 0.5),
      '×',
      'reported',
      null,
    ),
    row(
      'ratio.cost.p95',
      'Cost ratio per update, naive / app, p95',
      q(c?.naive, 0.95) / q(c?.app, 0.95),
      '×',
      'reported',
      null,
    ),
    ...farmRows(r.farm),
    row(
      'ratio.perSecond',
      'Main-thread time per second, naive / app',
      untraced ? untraced.naive / untraced.app : null,
      '×',
      '≥ 3',
      ge(3),
      untraced && c
        ? `${untraced.naive.toFixed(1)} vs ${untraced.app.toFixed(1)} ms/s by Chromium's task counter ` +
            `(Performance.getMetrics) with no trace running, the issue's method: ${plan.compare.untracedSeconds} s per ` +
            `page and turn, A-B-B-A, each page's steady state from ${8 + plan.compare.earlySeconds} s after it was ` +
            `live (its first ${plan.compare.earlySeconds} s after 8 s are the row after next); the same counter while ` +
            `traced read ${c.naive.taskMsPerSecond.toFixed(1)} vs ${c.app.taskMsPerSecond.toFixed(1)} ms/s (the next row)`
        : undefined,
    ),
    row(
      'ratio.perSecond.traced',
      'Main-thread time per second, naive / app, under a CDP trace',
      c ? c.naive.cdp.perSecond / c.app.cdp.perSecond : null,
      '×',
      'reported',
      null,
      c
        ? `${c.naive.cdp.perSecond.toFixed(0)} vs ${c.app.cdp.perSecond.toFixed(0)} ms/s; main-thread CPU ` +
            `${c.naive.cdp.cpuPerSecond.toFixed(0)} vs ${c.app.cdp.cpuPerSecond.toFixed(0)} ms/s ` +
            `(${(c.naive.cdp.cpuPerSecond / c.app.cdp.cpuPerSecond).toFixed(2)} ×); A-B-B-A, a span after each untraced ` +
            "one; the trace's own work (each layout's and paint's details) is counted with the page's"
        : undefined,
    ),
    row(
      'ratio.perSecond.early',
      "Main-thread time per second, naive / app, the pages' first span",
      early ? early.naive / early.app : null,
      '×',
      'reported',
      null,
      early
        ? `${early.naive.toFixed(1)} vs ${early.app.toFixed(1)} ms/s by the same untraced counter from 8 to ` +
            `${8 + plan.compare.earlySeconds} s after each page was live, the span before the judged one: the app's ` +
            'start-up still shows in it (panels mounting at idle, the first major GC)'
        : undefined,
    ),
    row(
      'ratio.perSecond.realTime',
      'Main-thread time per second, naive / app, real-time print',
      rt ? rt.naive.cdp.perSecond / rt.app.cdp.perSecond : null,
      '×',
      'reported',
      null,
      rt
        ? `${rt.naive.cdp.perSecond.toFixed(0)} vs ${rt.app.cdp.perSecond.toFixed(0)} ms/s; main-thread CPU ` +
            `${rt.naive.cdp.cpuPerSecond.toFixed(0)} vs ${rt.app.cdp.cpuPerSecond.toFixed(0)} ms/s; the same full window ` +
            'after the mock went to speed 1, where a new point comes every 2 s and the naive page re-creates its chart only then'
        : undefined,
    ),
    ...recordingRows(r.recording),
  ];
}
