// Bad frames: fuzzed push frames (invalid JSON, wrong types, nulls, arrays for objects, deep nesting,
// 5 MB strings, __proto__ / constructor keys, unknown types) leave the page live, are counted and shown, leave the
// state and the temperature series intact, and pollute no prototype.
import { expect, test } from './fixtures.ts';
import { liveSessions, openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';
import { badTimeFrames, fuzzFrames } from './support/fuzz-frames.ts';
import { longTasks, recordLongTasks } from './support/page-lifecycle.ts';
import { PARAMS } from './support/reliability-params.ts';
import { compareWithTruth } from './support/series-truth.ts';
import { pageSeries, pageSocket, pageStore } from './support/test-api.ts';

function prototypes() {
  const names = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
  const probe: Record<string, unknown> = {};
  return {
    object: names(Object.prototype),
    array: names(Array.prototype),
    func: names(Function.prototype),
    string: names(String.prototype),
    polluted: 'polluted' in probe || 'polluted' in [] || Object.getPrototypeOf(probe) !== Object.prototype,
  };
}

test(`${PARAMS.fuzzFrames} fuzzed frames: the page stays live, counts them, and keeps its state`, async ({
  dashboard,
  octoprint,
  page,
  pageErrors,
}) => {
  test.setTimeout(60_000 + PARAMS.fuzzFrames * 60);
  await openWithDiagnostics(dashboard);
  await expect(dashboard.printerState).toHaveText('Operational');
  const clean = await page.evaluate(prototypes);
  const before = await pageSocket(page);
  // Readings at impossible times go in the middle, between real points.
  const frames = fuzzFrames(PARAMS.fuzzFrames);
  frames.splice(Math.floor(frames.length / 2), 0, ...badTimeFrames());
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(0);
  const seriesBefore = await pageSeries(page);
  const [session] = liveSessions(octoprint);
  if (!session) throw new Error('no live session');

  await recordLongTasks(page);
  const t0 = Date.now();
  // Interleaved with the real stream, in bursts, as a broken server or proxy would.
  for (let i = 0; i < frames.length; i += 50) {
    for (const f of frames.slice(i, i + 50)) session.write(f.text);
    await expect
      .poll(async () => (await pageSocket(page)).stats.received ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual((before.stats.received ?? 0) + Math.min(i + 50, frames.length));
  }

  const after = await pageSocket(page);
  const processedMs = Date.now() - t0;
  // Live all along: no reconnect, the same socket.
  expect(after.stats.reconnects).toBe(before.stats.reconnects);
  expect(after.state).toBe('ready');
  expect(liveSessions(octoprint)).toEqual([session]);
  const malformed = (after.stats.malformed ?? 0) - (before.stats.malformed ?? 0);
  const unknown = (after.stats.unknown ?? 0) - (before.stats.unknown ?? 0);
  // What can never be read is counted as malformed; new message types as unknown. The rest were narrowed: bad fields
  // dropped, good ones applied (checked below by the state and series matching the mock).
  const count = (k: string) => frames.filter((f) => f.kind === k).length;
  expect(malformed).toBeGreaterThanOrEqual(count('invalid-json') + count('deep'));
  expect(unknown).toBeGreaterThanOrEqual(count('unknown-type'));
  // Counted where a person sees it.
  await expect(page.getByTestId('link-errors')).toContainText(/\d+ bad messages ignored/);
  const shown = Number((await page.getByTestId('link-errors').textContent())?.match(/\d+/)?.[0]);
  expect(shown).toBeGreaterThanOrEqual(malformed);
  // State intact: the printer's state, the readouts and every temperature point agree with the mock again.
  await expect(dashboard.printerState).toHaveText(octoprint.printer.stateText);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect
    .poll(
      async () => {
        const series = await pageSeries(page);
        const { diff } = compareWithTruth(series, octoprint.printer.truth, octoprint.printer.truthClears);
        if (!diff) return '';
        // What a rare failure needs to be told apart: a point never accepted, never delivered, or never sent.
        const s = await pageSocket(page);
        const counts = JSON.stringify(series.counts);
        return `${diff}; page ${counts}, handler errors ${s.stats.handlerErrors}, pending ${s.pendingCount}, throttle ${session.throttle}`;
      },
      { timeout: 10_000 },
    )
    .toBe('');
  // Nothing was lost on the way: the series still starts where it did, and the readings at impossible times were left
  // out and counted (a step back of the server's clock would have started it over).
  // (The last one waits for the next real reading to be found out.)
  await expect
    .poll(async () => (await pageSeries(page)).counts.outliers - seriesBefore.counts.outliers, { timeout: 10_000 })
    .toBe(badTimeFrames().length);
  expect((await pageSeries(page)).times[0]).toBe(seriesBefore.times[0]);
  const store = await pageStore(page);
  expect(store.server).toMatchObject({ version: octoprint.state.identity.version, changed: [] });
  await expect(dashboard.reloadNotice).toHaveCount(0);
  // Not frozen: no single task ran long, 5 MB strings included (SockJS parses each frame in one go: ~100 ms).
  const longest = Math.round(Math.max(0, ...(await longTasks(page))));
  expect(longest).toBeLessThan(750);
  // No prototype polluted, no uncaught error.
  expect(await page.evaluate(prototypes)).toEqual(clean);
  expect(pageErrors).toEqual([]);
  // Still responsive to real data: a new target shows up.
  octoprint.scenario('target', { heater: 'bed', target: 42 });
  await expect(dashboard.target('bed')).toHaveText('42.0 °C');

  const kinds = [...new Set(frames.map((f) => f.kind))].join(', ');
  recordFigures('bad-frames', {
    frames: frames.length,
    kinds,
    malformedCounted: malformed,
    unknownCounted: unknown,
    reconnects: 0,
    prototypesPolluted: false,
    processedMs,
    longestTaskMs: longest,
  });
});

// (A handler that throws is covered against the real wiring in src/app/connect-dashboard-faults.test.ts.)
test('events named like Object members or with __proto__ payloads make no handler throw', async ({
  dashboard,
  octoprint,
  page,
}) => {
  // Well-typed but hostile events reach every handler: the page's own wiring must not throw on them.
  await openWithDiagnostics(dashboard);
  const before = await pageSocket(page);
  for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'SlicingDone', 'SlicingFailed']) {
    for (const s of liveSessions(octoprint))
      s.sendEvent(type, { stl: type, gcode: type, reason: type, __proto__: { x: 1 } });
  }
  octoprint.scenario('target', { heater: 'tool0', target: 77 });
  await expect(dashboard.target('tool0')).toHaveText('77.0 °C');
  const after = await pageSocket(page);
  expect(after.stats.handlerErrors).toBe(before.stats.handlerErrors);
  expect(after.stats.reconnects).toBe(before.stats.reconnects);
});
