// Quick, loose performance floors for `npm test` (the full goals live in `npm run bench`): the initial JS size,
// and the cost per applied update at 1× within 3× of its 2 ms p95 goal (main-thread CPU time of the tasks each
// `current` frame causes, from a CDP trace). Gross regressions fail; a busy machine does not.
import { bundleSize } from '../bench/probes/bundle.ts';
import { installPageProbes } from '../bench/probes/page-probes.ts';
import { startTrace } from '../bench/probes/cdp-trace.ts';
import { quantile } from '../bench/lib/stats.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });

// The goal is 120 KiB (npm run bench judges that); here only growth beyond it by more than 10 % fails.
test('initial JavaScript is within 10 % of the 120 KiB gzip goal @perf', () => {
  const size = bundleSize('dist');
  test.info().annotations.push({ type: 'initial JS gzip (KiB)', description: (size.initialJsGzip / 1024).toFixed(1) });
  expect(size.initialJsGzip / 1024).toBeLessThanOrEqual(132);
});

test('an applied update costs at most 6 ms p95 at 1× while printing @perf', async ({ page, dashboard, mock }) => {
  test.setTimeout(60_000);
  // tsx/esbuild may wrap named functions in __name(); the page needs a stand-in for it.
  await page.addInitScript({ content: `var __name = (f) => f;(${installPageProbes.toString()})();` });
  await dashboard.open();
  await mock.scenario('print', { seconds: 600 });
  const frames = () => page.evaluate(() => window.__bench.currentFrames.length);
  // A few updates first, so the JIT has warmed up the hot path before anything is timed.
  await expect.poll(frames, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp);
  const from = await frames();
  await expect.poll(frames, { timeout: 30_000 }).toBeGreaterThanOrEqual(from + 24);
  const costs = await trace.stop();
  expect(costs.perUpdate.length).toBeGreaterThanOrEqual(20);
  // Main-thread CPU time per update: wall time on a busy CI machine measures the machine, not the page.
  const p95 = quantile(costs.perUpdateCpu, 0.95);
  test.info().annotations.push({ type: 'cost p95 (ms)', description: `${p95.toFixed(2)} CPU, ${quantile(costs.perUpdate, 0.95).toFixed(2)} wall` });
  expect(p95).toBeLessThanOrEqual(6);
});
