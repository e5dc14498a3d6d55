// Outages and restarts: the server unreachable during a print, each time back to live data with no missing or
// duplicated temperature point (exactly the mock's truth on the page's window) and the job still right; a restart
// (a new process: the print ends, as on a real OctoPrint) keeps the page's markings; the "server changed" notice only
// when the version or a hash changed.
import { expect, test } from './fixtures.ts';
import { openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';
import { PARAMS } from './support/reliability-params.ts';
import { compareWithTruth } from './support/series-truth.ts';
import { pageSeries, pageSocket } from './support/test-api.ts';

// Printer time at 10x: a point every 0.2 s, so every restart has points produced while the page was away.
test.use({ mockSpeed: 10 });

test(`${PARAMS.restarts} outages during a print lose and repeat no temperature point; a restart keeps the markings`, async ({
  dashboard,
  octoprint,
  page,
}) => {
  test.setTimeout(30_000 + PARAMS.restarts * 8_000);
  octoprint.scenario('print', { seconds: 24 * 3600 });
  await openWithDiagnostics(dashboard);
  await expect(dashboard.printerState).toHaveText('Printing');
  const file = (await dashboard.jobFile.textContent()) ?? '';
  expect(file).not.toBe('');

  const backAfterMs: number[] = [];
  for (let i = 0; i < PARAMS.restarts; i++) {
    const before = (await pageSocket(page)).stats.reconnects ?? 0;
    const startedAt = Date.now();
    octoprint.scenario('drop', { downMs: 300 + (i % 4) * 400 });
    // The page noticed (a reconnect was scheduled) and came back to live data.
    await expect
      .poll(async () => (await pageSocket(page)).stats.reconnects, { timeout: 10_000, intervals: [100] })
      .toBeGreaterThan(before);
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
    backAfterMs.push(Date.now() - startedAt);
    await expect(dashboard.printerState).toHaveText('Printing');
    await expect(dashboard.jobFile).toHaveText(file);
    // Same version and hashes: no "server changed" notice.
    await expect(dashboard.reloadNotice).toHaveCount(0);
  }

  let last = compareWithTruth(await pageSeries(page), octoprint.printer.truth, octoprint.printer.truthClears);
  await expect
    .poll(
      async () => {
        last = compareWithTruth(await pageSeries(page), octoprint.printer.truth, octoprint.printer.truthClears);
        return last.diff;
      },
      { timeout: 10_000 },
    )
    .toBe('');
  expect(last.missing).toBe(0);
  expect(last.extra).toBe(0);

  // A restart with a changed plugin set: the print ends with the old process, the page keeps the markings it saw
  // (the new process has only its own), and the notice names the change.
  const markings = Number(await dashboard.chart.getAttribute('data-markings'));
  expect(markings).toBeGreaterThan(0);
  octoprint.scenario('restart', { downMs: 300, pluginHash: 'changed-plugins' });
  await expect(dashboard.reloadNotice).toContainText('the installed plugins', { timeout: 15_000 });
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.printerState).toHaveText('Operational');
  expect(Number(await dashboard.chart.getAttribute('data-markings'))).toBeGreaterThanOrEqual(markings);

  const sorted = [...backAfterMs].sort((a, b) => a - b);
  recordFigures('restarts', {
    restarts: PARAMS.restarts,
    pointsCompared: last.compared,
    missing: last.missing,
    duplicated: last.extra,
    backToLiveMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    backToLiveMaxMs: sorted[sorted.length - 1] ?? 0,
    staleNoticeWithoutChange: 0,
  });
});

test('a restart with a new OctoPrint version shows the notice; a plain one does not', async ({
  dashboard,
  octoprint,
  page,
}) => {
  await openWithDiagnostics(dashboard);
  octoprint.scenario('restart', { downMs: 200 });
  // One reconnect or more: an attempt that lands inside the 200 ms down window is refused and retried.
  await expect
    .poll(async () => (await pageSocket(page)).stats.reconnects ?? 0, { intervals: [100] })
    .toBeGreaterThanOrEqual(1);
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
  await expect(dashboard.reloadNotice).toHaveCount(0);
  octoprint.scenario('restart', { downMs: 200, version: '1.12.0', configHash: 'new-config' });
  await expect(dashboard.reloadNotice).toContainText(
    'the OctoPrint version (version) and the server settings (config_hash)',
    { timeout: 15_000 },
  );
});
