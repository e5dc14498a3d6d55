// Quick, loose performance floors for `npm test` (the full goals live in `npm run bench`): the initial JS size,
// and the cost per applied update at 1× within 3× of its 2 ms p95 goal (the render-cost meter, or the main-thread
// CPU time of the tasks each `current` frame causes from a CDP trace), on a machine as fast as the one the floor was
// set on (a slower one scales it: support/machine-speed.ts). Gross regressions fail; a busy machine does not.
import { quantile } from '../bench/lib/stats.ts';
import { bundleSize } from '../bench/probes/bundle.ts';
import { startTrace } from '../bench/probes/cdp-trace.ts';
import { installPageProbes } from '../bench/probes/page-probes.ts';
import { expect, test } from './fixtures.ts';
import { speedFactor, workloadMs } from './support/machine-speed.ts';
import { pageCosts, testUrl } from './support/test-api.ts';

test.describe.configure({ mode: 'serial' });

/** 3× the 2 ms goal, on the reference machine. */
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

test(`an applied update costs at most ${COST_P95_FLOOR_MS} ms p95 at 1× while printing @perf`, async ({
  page,
  dashboard,
  mock,
}) => {
  test.setTimeout(120_000);
  // tsx/esbuild may wrap named functions in __name(); the page needs a stand-in for it.
  await page.addInitScript({ content: `var __name = (f) => f;(${installPageProbes.toString()})();` });
  // The test switch makes the app keep its render-cost meter's samples (src/app/test-api.ts).
  await page.goto(testUrl());
  await expect(dashboard.linkState).toHaveText('Live');
  await mock.scenario('print', { seconds: 600 });
  const frames = () => page.evaluate(() => window.__bench.currentFrames.length);
  // A few updates first, so the JIT has warmed up the hot path before anything is timed.
  await expect.poll(frames, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const before = await workloadMs(page);
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp);
  const meterCosts = async () => (await pageCosts(page)).length;
  const from = await frames();
  const meterFrom = await meterCosts();
  // 60 updates (30 s): the p95 is then the third-worst update, not the second.
  await expect.poll(frames, { timeout: 60_000 }).toBeGreaterThanOrEqual(from + 60);
  const costs = await trace.stop();
  const after = await workloadMs(page);
  const factor = speedFactor(Math.max(before, after));
  const meter = (await pageCosts(page)).slice(meterFrom);
  expect(costs.perUpdate.length).toBeGreaterThanOrEqual(45);
  expect(meter.length).toBeGreaterThanOrEqual(45);
  // Two views of the same cost: the app's render-cost meter (wall time) and the main-thread CPU time of the tasks
  // each `current` frame caused (CDP). A busy CI machine inflates one or the other; a real regression raises both.
  const meterP95 = quantile(meter, 0.95);
  const cpuP95 = quantile(costs.perUpdateCpu, 0.95);
  test.info().annotations.push({
    type: 'cost p95 (ms)',
    description: `meter ${meterP95.toFixed(2)}, CDP CPU ${cpuP95.toFixed(2)}, CDP wall ${quantile(costs.perUpdate, 0.95).toFixed(2)}`,
  });
  test.info().annotations.push({
    type: 'machine',
    description: `workload ${before.toFixed(1)} / ${after.toFixed(1)} ms: floor ${COST_P95_FLOOR_MS} × ${factor.toFixed(2)}`,
  });
  expect(Math.min(meterP95, cpuP95)).toBeLessThanOrEqual(COST_P95_FLOOR_MS * factor);
});
