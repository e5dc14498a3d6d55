// `npm run bench`: builds the app and the naive baseline, runs every scenario serially in headless Chromium
// against the bundled mock, prints one table and writes bench/results/latest.{json,md}.
import { spawnSync } from 'node:child_process';
import { launch } from './lib/browser.ts';
import { machineInfo } from './lib/machine.ts';
import { mergeStreaming } from './lib/merge-streaming.ts';
import { BENCH_PATH } from './lib/page-data.ts';
import { NAIVE_DIST } from './lib/paths.ts';
import { startStack, type BenchStack, type MockConfig } from './lib/stack.ts';
import { bundleSize, type BundleSize } from './probes/bundle.ts';
import { updateReadme } from './readme.ts';
import { tableText, writeReport, type Report } from './report.ts';
import { buildRows, type Results } from './rows.ts';
import { measureFarm } from './scenarios/farm.ts';
import { measureFlood } from './scenarios/flood.ts';
import { measureNavigation } from './scenarios/navigation.ts';
import { measureNetworks } from './scenarios/networks.ts';
import { measureReconnect } from './scenarios/reconnect.ts';
import { measureOverhead, SETTLE_MS } from './scenarios/recording-overhead.ts';
import { measureOpen, measureReplay } from './scenarios/recording.ts';
import { measureSoak } from './scenarios/soak.ts';
import { measureStreaming } from './scenarios/streaming.ts';
import { measureThrottleLoop } from './scenarios/throttle-loop.ts';

const APP = 'vite.config.ts';
const NAIVE = 'bench/naive/vite.config.ts';
/** Durations and sizes of every scenario: the whole run takes about 35 minutes on 2 cores. */
const FULL = {
  navigationRuns: 5,
  navigationSpeed: 300,
  costSeconds: { 1: 30, 4: 20, 6: 60 } as Record<number, number>,
  /**
   * App and naive side by side on mocks at this speed, after both have built a full 30-minute chart window; each
   * turn measures its page's first span (`earlySeconds`), then its steady state untraced, then traced.
   */
  compare: { speed: 30, seconds: 20, untracedSeconds: 30, earlySeconds: 30 },
  flood: { hz: 50, seconds: 30 },
  soak: { speed: 720, hours: 24, everyMs: 10_000 },
  reconnect: { runs: 3, downMs: 2000 },
  /** Seconds against a server that closes every socket 1 s after history: five logins or more, then their spacing. */
  loginLoopSeconds: 30,
  throttleSlowdown: 10,
  farmSeconds: 20,
  /** A 60-minute window over a full 60 minutes of history against a 5-minute one (a 60-minute server cutoff). */
  windows: { speed: 60, seconds: 20 },
  recording: { overheadCycles: 16, blockSeconds: 10, replayMinutes: 60, openHours: 24 },
};
/** BENCH_QUICK=1: a short smoke run of every stage (minutes less, numbers rough); never for the committed results. */
const QUICK: typeof FULL = {
  ...FULL,
  navigationRuns: 2,
  costSeconds: { 1: 8, 4: 6, 6: 8 },
  compare: { speed: 120, seconds: 6, untracedSeconds: 6, earlySeconds: 6 },
  flood: { hz: 50, seconds: 8 },
  soak: { speed: 3600, hours: 6, everyMs: 2000 },
  reconnect: { runs: 1, downMs: 2000 },
  farmSeconds: 6,
  windows: { speed: 120, seconds: 6 },
  recording: { overheadCycles: 1, blockSeconds: 10, replayMinutes: 5, openHours: 24 },
};
const PLAN = process.env.BENCH_QUICK ? QUICK : FULL;

const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

function build(args: string[]): void {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

const results: Results = { errors: {} };

/** Runs one stage; a failure is recorded (its rows say NOT MEASURED with the reason) and the run goes on. */
/**
 * BENCH_ONLY=key,key runs only those stages (keys: navigation, cost, flood, reconnect, networks, throttle, window,
 * naive, soak; e.g. `BENCH_ONLY=cost,window` for the chart's rows); such a run writes bench/results/only.* and leaves
 * the committed results and the README alone.
 */
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((w) => w.trim())
  .filter(Boolean);
const selected = (...keys: string[]) => ONLY.length === 0 || keys.some((k) => ONLY.includes(k));

async function stage(name: string, fn: () => Promise<void>, keys: readonly string[]): Promise<void> {
  if (!selected(...keys)) return;
  log(name);
  try {
    await fn();
  } catch (err) {
    results.errors[name] = err instanceof Error ? (err.message.split('\n')[0] ?? String(err)) : String(err);
    log(`${name} failed: ${results.errors[name]}`);
  }
}

async function withStack(config: string, mock: MockConfig, fn: (s: BenchStack) => Promise<void>): Promise<void> {
  const stack = await startStack(config, mock);
  try {
    await fn(stack);
  } finally {
    await stack.close();
  }
}

log('building the app and the naive baseline');
build([]);
if (selected('naive')) build(['-c', NAIVE]);
const app: BundleSize = bundleSize('dist');
const naive: BundleSize = selected('naive') ? bundleSize(NAIVE_DIST) : app;
results.bundle = { app, naive };

const browser = await launch();
const machine = machineInfo(browser);
try {
  await stage(
    'navigation (history loaded, 1× and 4×)',
    () =>
      withStack(APP, { speed: PLAN.navigationSpeed, tools: 2 }, async (stack) => {
        // Let the mock build up its 30-minute history first, so the first chart has a full window to draw.
        await new Promise((r) => setTimeout(r, (30 * 60 * 1000) / PLAN.navigationSpeed + 1000));
        results.navigation = {
          1: await measureNavigation(browser, stack, 1, PLAN.navigationRuns),
          4: await measureNavigation(browser, stack, 4, PLAN.navigationRuns),
        };
      }),
    ['navigation'],
  );

  await stage(
    'a scripted print at speed 1 (two tools and a bed)',
    () =>
      withStack(APP, { speed: 1, tools: 2 }, async (stack) => {
        await stack.scenario('print', { seconds: 6 * 3600 });
        results.streaming = {};
        for (const rate of [1, 4, 6]) {
          await stage(
            `cost per update during a print at ${rate}× (${PLAN.costSeconds[rate]} s)`,
            async () => {
              // The chart at the server's 30-minute window (issue goals), not the fitted default.
              (results.streaming as Record<number, unknown>)[rate] = await measureStreaming(
                browser,
                stack,
                rate,
                PLAN.costSeconds[rate] as number,
                undefined,
                { 'octoprint-live.settings': JSON.stringify({ chartMinutes: 30 }) },
              );
            },
            ['cost'],
          );
        }
        await stage(
          `flood ${PLAN.flood.hz} Hz for ${PLAN.flood.seconds} s`,
          async () => {
            results.flood = await measureFlood(browser, stack, PLAN.flood.hz, PLAN.flood.seconds);
          },
          ['flood'],
        );
        await stage(
          'reconnect after a restart',
          async () => {
            results.reconnect = await measureReconnect(browser, stack, PLAN.reconnect.runs, PLAN.reconnect.downMs);
          },
          ['reconnect'],
        );
        await stage(
          'bad networks: slow links, swallowed upgrades, a login loop',
          async () => {
            results.networks = await measureNetworks(browser, stack, PLAN.loginLoopSeconds);
          },
          ['networks'],
        );
        await stage(
          `throttle loop under ${PLAN.throttleSlowdown}× slowdown`,
          async () => {
            results.throttle = await measureThrottleLoop(browser, stack, PLAN.throttleSlowdown);
          },
          ['throttle'],
        );
        await stage(
          'recording: its cost at 1× and 4×, a replay at 60×, opening a day',
          async () => {
            const p = PLAN.recording;
            results.recording = { overhead: {}, replay: null, open: null };
            for (const rate of [1, 4])
              results.recording.overhead[rate] = await measureOverhead(
                browser,
                stack,
                rate,
                p.overheadCycles,
                p.blockSeconds,
              );
            results.recording.replay = await measureReplay(browser, stack, p.replayMinutes);
            results.recording.open = await measureOpen(browser, stack, p.openHours);
          },
          ['recording'],
        );
      }),
    ['cost', 'flood', 'reconnect', 'networks', 'throttle', 'recording'],
  );

  await stage(
    `window: 60 minutes of history in a 60-minute window against a 5-minute one (speed ${PLAN.windows.speed})`,
    () =>
      withStack(APP, { speed: PLAN.windows.speed, tools: 2, args: { cutoffMinutes: 60 } }, async (stack) => {
        await stack.scenario('print', { seconds: 6 * 3600 });
        await new Promise((r) => setTimeout(r, (60 * 60 * 1000) / PLAN.windows.speed + 1000));
        const windowOf = (minutes: number) => ({
          'octoprint-live.settings': JSON.stringify({ chartMinutes: minutes }),
        });
        results.windows = {
          60: await measureStreaming(browser, stack, 1, PLAN.windows.seconds, undefined, windowOf(60)),
          5: await measureStreaming(browser, stack, 1, PLAN.windows.seconds, undefined, windowOf(5)),
        };
      }),
    ['window'],
  );

  await stage(
    `naive baseline side by side, full chart window (filled at speed ${PLAN.compare.speed}; ${PLAN.compare.seconds} s ` +
      'each at that speed, then in real time)',
    async () => {
      const mock = { speed: PLAN.compare.speed, tools: 2 };
      const [appStack, naiveStack] = await Promise.all([startStack(APP, mock), startStack(NAIVE, mock)]);
      const stacks = [appStack, naiveStack];
      try {
        // Both mocks print the same scripted job and fill their 30-minute history at the same time.
        await Promise.all(stacks.map((s) => s.scenario('print', { seconds: 6 * 3600 })));
        await new Promise((r) => setTimeout(r, (30 * 60 * 1000) / PLAN.compare.speed + 1000));
        // Each page is measured from 8 s after it is live (its lazy panels, the recorder's first write 5 s after the
        // first frame). Its first span is then kept apart (`earlyS`): the app's start-up still shows in it (panels
        // mounting at idle, the first major GC 20 to 30 s in), and a dashboard is open for hours, so the judged figure
        // is the untraced span after it, the page's steady state; the early one is reported beside it.
        // In turn A-B-B-A (app, naive, naive, app), so the host's drift over the stage falls on both pages alike;
        // each turn measures untraced by Chromium's task counter (`earlyS`, then `untracedS`), then traced.
        const both = async (untracedS: number, earlyS: number) => {
          const one = (s: typeof appStack) =>
            measureStreaming(browser, s, 1, PLAN.compare.seconds, BENCH_PATH, {}, SETTLE_MS, untracedS, earlyS);
          const app1 = await one(appStack);
          const naive1 = await one(naiveStack);
          const naive2 = await one(naiveStack);
          const app2 = await one(appStack);
          return { app: mergeStreaming([app1, app2]), naive: mergeStreaming([naive1, naive2]) };
        };
        // Judged at the filling speed (each message carries speed × 0.5 s of the print: job texts and the time
        // axis move that much more often); then reported as a real print runs, over the same full window.
        results.compare = await both(PLAN.compare.untracedSeconds, PLAN.compare.earlySeconds);
        await Promise.all(stacks.map((s) => s.scenario('speed', { speed: 1 })));
        results.compareRealTime = await both(0, 0);
      } finally {
        await Promise.all(stacks.map((s) => s.close()));
      }
    },
    ['naive'],
  );

  await stage(
    `farm: 24 and 8 mock printers printing, ${PLAN.farmSeconds} s each`,
    () =>
      withStack(APP, { speed: 1 }, async (stack) => {
        results.farm = await measureFarm(browser, stack, PLAN.farmSeconds);
      }),
    ['farm'],
  );

  await stage(
    `soak: ${PLAN.soak.hours} h of printer time at speed ${PLAN.soak.speed}`,
    () =>
      withStack(APP, { speed: PLAN.soak.speed, tools: 2 }, async (stack) => {
        await stack.scenario('print', { seconds: (PLAN.soak.hours + 2) * 3600 });
        results.soak = await measureSoak(browser, stack, PLAN.soak.speed, PLAN.soak.hours, PLAN.soak.everyMs);
      }),
    ['soak'],
  );
} finally {
  await browser.close();
}

const report: Report = {
  machine,
  quick: !!process.env.BENCH_QUICK,
  durationSeconds: (Date.now() - started) / 1000,
  rows: buildRows(results, PLAN),
  details: { plan: PLAN, ...results },
};
const out = ONLY.length
  ? 'bench/results/only'
  : process.env.BENCH_QUICK
    ? 'bench/results/quick'
    : 'bench/results/latest';
writeReport(report, `${out}.json`, `${out}.md`);
console.log(`\n${tableText(report.rows)}\n`);
console.log(
  `Machine: ${machine.cpus} × ${machine.cpuModel}; ${machine.chromium}; Node ${machine.node}; ${machine.date}`,
);
console.log(`Wrote ${out}.json and ${out}.md`);
if (!process.env.BENCH_QUICK && ONLY.length === 0 && updateReadme('README.md', report))
  console.log('Updated the results table in README.md');
