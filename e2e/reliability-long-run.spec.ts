// Long run: printer-hours at speed with random connection drops every few printer-minutes end with bounded
// memory and a complete temperature series (exactly the mock's truth over the page's 60-minute window).
import { FEED_LIMIT } from '../src/store/activity-store.ts';
import { expect, test } from './fixtures.ts';
import { openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';
import { seeded } from './support/fuzz-frames.ts';
import { measureMemory } from './support/page-memory.ts';
import { DROP_EVERY_PRINTER_MINUTES, PARAMS } from './support/reliability-params.ts';
import { compareWithTruth } from './support/series-truth.ts';
import { pageSeries, pageSocket } from './support/test-api.ts';

test.use({ mockSpeed: PARAMS.soakSpeed });

test(`${PARAMS.soakPrinterHours} printer-hours at ${PARAMS.soakSpeed}x with random drops: bounded memory, complete series`, async ({
  dashboard,
  octoprint,
  page,
}) => {
  const printerSeconds = PARAMS.soakPrinterHours * 3600;
  const realMs = (printerSeconds * 1000) / PARAMS.soakSpeed;
  test.setTimeout(realMs * 1.5 + 60_000);
  const clock = () => octoprint.printer.clock.seconds();
  octoprint.scenario('print', { seconds: printerSeconds * 2 });
  await openWithDiagnostics(dashboard);
  const start = clock();
  const end = start + printerSeconds;
  const random = seeded(24);
  let drops = 0;
  let baseline: Awaited<ReturnType<typeof measureMemory>> | null = null;
  const realStart = Date.now();

  while (clock() < end) {
    const { min, max } = DROP_EVERY_PRINTER_MINUTES;
    const nextDrop = Math.min(end, clock() + (min + random() * (max - min)) * 60);
    await expect
      .poll(clock, { timeout: ((nextDrop - clock()) * 1000) / PARAMS.soakSpeed + 30_000 })
      .toBeGreaterThanOrEqual(nextDrop);
    // Memory baseline once the first quarter has run (stores and chart warmed up).
    if (!baseline && clock() - start >= printerSeconds / 4) baseline = await measureMemory(page);
    if (clock() >= end) break;
    const before = (await pageSocket(page)).stats.reconnects ?? 0;
    octoprint.scenario('drop');
    drops++;
    await expect
      .poll(async () => (await pageSocket(page)).stats.reconnects ?? 0, { intervals: [100] })
      .toBeGreaterThan(before);
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 20_000 });
  }

  let cmp = compareWithTruth(await pageSeries(page), octoprint.printer.truth, octoprint.printer.truthClears);
  await expect
    .poll(
      async () => {
        cmp = compareWithTruth(await pageSeries(page), octoprint.printer.truth, octoprint.printer.truthClears);
        return cmp.diff;
      },
      { timeout: 15_000 },
    )
    .toBe('');
  const series = await pageSeries(page);
  const span = (series.times.at(-1) ?? 0) - (series.times[0] ?? 0);
  // The window holds at most its 60 minutes (plus the trim chunk), and all of them once that much has run.
  expect(span).toBeLessThanOrEqual(3600 + 64 * 2);
  if (printerSeconds >= 2 * 3600) expect(span).toBeGreaterThanOrEqual(3600 - 10);
  await expect(dashboard.printerState).toHaveText('Printing');

  const final = await measureMemory(page);
  const base = baseline ?? final;
  // Bounded: the heap, the nodes outside the capped event feed, the nodes kept alive detached after GC (a leak's
  // signature), and listeners stay near their level after the first quarter; the feed stays within its cap.
  expect(final.heapMb).toBeLessThanOrEqual(base.heapMb * 1.5 + 5);
  expect(final.liveNodes - final.feedNodes).toBeLessThanOrEqual((base.liveNodes - base.feedNodes) * 1.1 + 100);
  expect(final.nodes - final.liveNodes).toBeLessThanOrEqual((base.nodes - base.liveNodes) * 1.25 + 500);
  expect(final.feedEntries).toBeLessThanOrEqual(FEED_LIMIT);
  expect(final.listeners).toBeLessThanOrEqual(base.listeners * 1.25 + 100);
  const socket = await pageSocket(page);
  recordFigures('long-run', {
    printerHours: PARAMS.soakPrinterHours,
    speed: PARAMS.soakSpeed,
    realMinutes: Math.round((Date.now() - realStart) / 6000) / 10,
    drops,
    reconnects: socket.stats.reconnects ?? 0,
    pointsProduced: octoprint.printer.truth.length,
    pointsInWindowCompared: cmp.compared,
    missing: cmp.missing,
    duplicated: cmp.extra,
    heapMbAfterFirstQuarter: base.heapMb,
    heapMbAtEnd: final.heapMb,
    domNodesAfterFirstQuarter: base.nodes,
    domNodesAtEnd: final.nodes,
    feedEntriesAtEnd: final.feedEntries,
    nodesOutsideFeedAfterFirstQuarter: base.liveNodes - base.feedNodes,
    nodesOutsideFeedAtEnd: final.liveNodes - final.feedNodes,
  });
});
