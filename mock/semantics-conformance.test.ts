// The differential check: each scenario of fixtures/octoprint-1.11.8/semantics.json replayed step by step against the
// mock (always) and against a real OctoPrint (when OCTOPRINT_TEST_URL is set), asserting the recorded message types
// in each window. A mock kinder than the server fails here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCounts, without, type Counts } from './semantics/compare.ts';
import { offlinePrinter, reauthOnRegisteredSocket, subscribeSteps, type Outcome } from './semantics/steps.ts';
import type { Target } from './semantics/target.ts';
import { startMock, type MockServer } from './server.ts';

interface Recorded {
  types?: Counts;
  [k: string]: unknown;
}
const recorded = (
  JSON.parse(readFileSync(new URL('../fixtures/octoprint-1.11.8/semantics.json', import.meta.url), 'utf8')) as { scenarios: Record<string, Recorded> }
).scenarios;

const SUBSCRIBE_STEPS = ['subscribeSameState', 'subscribeChangedState', 'subscribeEventsPluginsOmitted', 'subscribeEventsTrue', 'subscribeStateOmitted'];

function conformance(target: () => Target): void {
  const got: Record<string, Outcome> = {};

  beforeAll(async () => {
    const t = target();
    got.reauthOnRegisteredSocket = await reauthOnRegisteredSocket(t);
    Object.assign(got, await subscribeSteps(t));
    got.offlinePrinter = await offlinePrinter(t);
  }, 120_000);

  it('reauthOnRegisteredSocket: a re-login on a registered socket brings ClientAuthed and currents, never a second history', () => {
    const rec = recorded.reauthOnRegisteredSocket as Recorded;
    const g = got.reauthOnRegisteredSocket as Outcome;
    expect(g.modifyStatus).toBe(rec.modifyStatus);
    expect(g.firstHistory).toBe(rec.firstHistory);
    expect(g.reauthRequired).toEqual(rec.reauthRequired);
    expect(compareCounts(rec.afterReauth as Counts, g.afterReauth as Counts)).toEqual([]);
  });

  it.each(SUBSCRIBE_STEPS)('%s: the recorded message types follow the subscribe', (name) => {
    const rec = recorded[name] as Recorded;
    expect(compareCounts(rec.types ?? {}, (got[name] as Outcome).types as Counts)).toEqual([]);
  });

  it('subscribeChangedState: the first current after a history repeats lines the history already held', () => {
    const g = got.subscribeChangedState as Record<string, number>;
    expect(g.historyLogLines).toBeGreaterThan(0);
    expect(g.historyLogLines).toBeLessThanOrEqual(300);
    expect(g.historyTemps).toBeGreaterThan(0);
    expect(g.firstCurrentLogLines).toBeGreaterThanOrEqual(1);
    expect(g.firstCurrentLogLines).toBeLessThanOrEqual(2);
    expect(g.firstCurrentLinesAlsoInHistory).toBeGreaterThanOrEqual(1);
  });

  it('offlinePrinter: the recorded events and one Offline current without heaters, then quiet', () => {
    const rec = recorded.offlinePrinter as Recorded;
    const g = got.offlinePrinter as { types: Counts; fileSelected: boolean; lastCurrent: Record<string, unknown>; currentTimes: number[] };
    // The recording had a file selected (FileDeselected); ConnectionsAutorefreshed comes on some runs of a real server.
    const want = g.fileSelected ? (rec.types as Counts) : without(rec.types as Counts, ['event:FileDeselected']);
    expect(compareCounts(want, g.types, { approx: [], optional: ['event:ConnectionsAutorefreshed'] })).toEqual([]);
    const last = rec.lastCurrent as { state: { text: string; flags: unknown }; progress: unknown };
    expect((g.lastCurrent.state as { text: string }).text).toBe(last.state.text);
    expect((g.lastCurrent.state as { flags: unknown }).flags).toEqual(last.state.flags);
    expect(g.lastCurrent.progress).toEqual(last.progress);
    const temps = g.lastCurrent.temps as Record<string, unknown>[];
    expect(temps).toHaveLength(1);
    expect(Object.keys(temps[0] ?? {})).toEqual(['time']);
    expect(g.currentTimes).toHaveLength(1);
    expect(g.currentTimes[0]).toBeLessThan(1000);
  });
}

describe('semantics.json against the mock', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });
  conformance(() => ({ url: mock.url, apiKey: mock.apiKey, user: { name: 'operator', password: 'operator' } }));
});

describe.skipIf(!process.env.OCTOPRINT_TEST_URL)('semantics.json against a real OctoPrint (OCTOPRINT_TEST_URL)', () => {
  conformance(() => ({
    url: (process.env.OCTOPRINT_TEST_URL ?? '').replace(/\/$/, ''),
    apiKey: process.env.OCTOPRINT_TEST_ADMIN_KEY ?? 'TESTSERVER-ADMIN-KEY-000000000000000',
    user: { name: process.env.OCTOPRINT_TEST_USER ?? 'operator', password: process.env.OCTOPRINT_TEST_PASSWORD ?? 'operator' },
  }));
});
