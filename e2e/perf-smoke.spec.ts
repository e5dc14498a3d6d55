// Quick, loose performance floors for `npm test` (the full goals live in `npm run bench`): the initial JS size,
// and the cost per applied update at 1× within 3× of its 2 ms p95 goal (the render-cost meter, or the main-thread
// CPU time of the tasks each `current` frame causes from a CDP trace). Gross regressions fail; a busy machine does not.
import { bundleSize } from '../bench/probes/bundle.ts';
import { installPageProbes } from '../bench/probes/page-probes.ts';
import { startTrace } from '../bench/probes/cdp-trace.ts';
import { quantile } from '../bench/lib/stats.ts';
import { expect, test } from './fixtures.ts';
import { pageCosts, testUrl } from './support/test-api.ts';

test.describe.configure({ mode: 'serial' });

/** 3× the 2 ms goal (the loose floor); the meter reads about 4 ms p95 here on an idle machine. */
const COST_P95_FLOOR_MS = 6;

/**
 * The goal is 120 KiB (npm run bench judges that). With sockjs-client and the panels below the first screen in their
 * own chunks the entry is about 117 KiB, most of it React DOM and uPlot; growth past this floor fails.
 */
const BUNDLE_FLOOR_KIB = 125;

test(`initial JavaScript stays under the ${BUNDLE_FLOOR_KIB} KiB gzip floor @perf`, () => {
  const size = bundleSize('dist');
  test.info().annotations.push({ type: 'initial JS gzip (KiB)', description: (size.initialJsGzip / 1024).toFixed(1) });
  expect(size.initialJsGzip / 1024).toBeLessThanOrEqual(BUNDLE_FLOOR_KIB);
});

test(`an applied update costs at most ${COST_P95_FLOOR_MS} ms p95 at 1× while printing @perf`, async ({ page, dashboard, mock }) => {
  test.setTimeout(60_000);
  // tsx/esbuild may wrap named functions in __name(); the page needs a stand-in for it.
  await page.addInitScript({ content: `var __name = (f) => f;(${installPageProbes.toString()})();` });
  // The test switch makes the app keep its render-cost meter's samples (src/app/test-api.ts).
  await page.goto(testUrl());
  await expect(dashboard.linkState).toHaveText('Live');
  await mock.scenario('print', { seconds: 600 });
  const frames = () => page.evaluate(() => window.__bench.currentFrames.length);
  // A few updates first, so the JIT has warmed up the hot path before anything is timed.
  await expect.poll(frames, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp);
  const meterCosts = async () => (await pageCosts(page)).length;
  const from = await frames();
  const meterFrom = await meterCosts();
  await expect.poll(frames, { timeout: 40_000 }).toBeGreaterThanOrEqual(from + 40);
  const costs = await trace.stop();
  const meter = (await pageCosts(page)).slice(meterFrom);
  expect(costs.perUpdate.length).toBeGreaterThanOrEqual(30);
  expect(meter.length).toBeGreaterThanOrEqual(30);
  // Two views of the same cost: the app's render-cost meter (wall time) and the main-thread CPU time of the tasks
  // each `current` frame caused (CDP). A busy CI machine inflates one or the other; a real regression raises both.
  const meterP95 = quantile(meter, 0.95);
  const cpuP95 = quantile(costs.perUpdateCpu, 0.95);
  test.info().annotations.push({ type: 'cost p95 (ms)', description: `meter ${meterP95.toFixed(2)}, CDP CPU ${cpuP95.toFixed(2)}, CDP wall ${quantile(costs.perUpdate, 0.95).toFixed(2)}` });
  expect(Math.min(meterP95, cpuP95)).toBeLessThanOrEqual(COST_P95_FLOOR_MS);
});
