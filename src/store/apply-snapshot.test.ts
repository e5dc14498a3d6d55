import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../octoprint/types.ts';
import { recordedCurrents } from '../testing/snapshots.ts';
import { applySnapshots } from './apply-snapshot.ts';
import { createDashboardStore } from './dashboard-store.ts';

const currents = recordedCurrents();

describe('applySnapshots on session 1 currents', () => {
  it('parses the recording', () => {
    expect(currents.length).toBeGreaterThan(100);
  });

  it('derives the job view of a print: file, rounded progress, time left and its origin, filament, Z', () => {
    const store = createDashboardStore();
    const printB = currents.find(
      (c) => c.job.file.name === 'capture_long.gcode' && c.progress.printTimeLeftOrigin === 'analysis',
    );
    if (!printB) throw new Error('fixture has no analysed print B message');
    applySnapshots(store, [printB], 1_000_000);
    expect(store.getState().job).toMatchObject({
      fileName: 'capture_long.gcode',
      completion: 5.5,
      printTimeLeft: 417,
      printTimeLeftOrigin: 'analysis',
      filamentMm: 300,
      currentZ: 0.3,
      finishAt: Math.round((1_000_000 + 417_000) / 60_000) * 60_000,
    });
    expect(store.getState().serverTime).toBe(printB.serverTime);
    expect(store.getState().serverTimeAt).toBe(1_000_000);
  });

  it('keeps the job and markings objects while paused, when only temperatures and server time change', () => {
    const store = createDashboardStore();
    const paused = currents.filter((c) => c.state.text === 'Paused');
    expect(paused.length).toBeGreaterThan(3);
    applySnapshots(store, [paused[0] as StateSnapshot], 0);
    const { job, markings, heaters } = store.getState();
    let tempsSeen = 0;
    for (const c of paused.slice(1)) {
      tempsSeen += c.temps.length;
      applySnapshots(store, [c], 0);
    }
    expect(tempsSeen).toBeGreaterThan(0);
    expect(store.getState().job).toBe(job);
    expect(store.getState().markings).toBe(markings);
    // Sanity: the readouts did move, so the test would see a spurious job change if there were one.
    expect(store.getState().heaters).not.toBe(heaters);
  });

  it('replaces markings when OctoPrint adds one (print start, pause)', () => {
    const store = createDashboardStore();
    const seen = new Set<unknown>();
    let sawPause = false;
    for (const c of currents) {
      applySnapshots(store, [c], 0);
      seen.add(store.getState().markings);
      if (c.state.text === 'Paused') sawPause ||= store.getState().markings.some((m) => m.type === 'pause');
    }
    expect(sawPause).toBe(true);
    // connected, print A start, done, print B start, pause, ...: each addition is a new array, repeats are not.
    expect(seen.size).toBeGreaterThanOrEqual(4);
    expect(seen.size).toBeLessThan(currents.length / 4);
  });
});

describe('applySnapshots with the printer off', () => {
  const flags = {
    operational: false,
    printing: false,
    cancelling: false,
    pausing: false,
    resuming: false,
    finishing: false,
    closedOrError: true,
    error: false,
    paused: false,
    ready: false,
    sdReady: false,
  };
  it('drops the readouts when OctoPrint reports Offline with a temperature point that has no heater', () => {
    const store = createDashboardStore();
    const on = currents.find((c) => c.temps.length > 0) as StateSnapshot;
    applySnapshots(store, [on], 1);
    expect(store.getState().heaterIds.length).toBeGreaterThan(0);
    const offline = { ...on, state: { text: 'Offline', flags, error: '' }, temps: [{ time: 1796168715, heaters: {} }] };
    applySnapshots(store, [offline], 2);
    const { heaters, heaterIds } = store.getState();
    expect(heaterIds.length).toBeGreaterThan(0);
    for (const id of heaterIds) expect(heaters[id]).toEqual({ actual: null, target: null });
    expect(store.getState().printer).toMatchObject({ text: 'Offline', off: true });
    applySnapshots(store, [on], 3);
    expect(store.getState().printer.off).toBe(false);
    expect(store.getState().heaters.tool0?.actual).toBeTypeOf('number');
  });

  it('drops them too when the Offline current carries a last reading ahead of its heater-less point', () => {
    // A real server flushed a reading it took just before the disconnect into the same current (semantics §4).
    const store = createDashboardStore();
    const on = currents.find((c) => c.temps.length > 0) as StateSnapshot;
    applySnapshots(store, [on], 1);
    const reading = on.temps.at(-1) as StateSnapshot['temps'][number];
    const temps = [
      { ...reading, time: 1796168714 },
      { time: 1796168715, heaters: {} },
    ];
    applySnapshots(store, [{ ...on, state: { text: 'Offline', flags, error: '' }, temps }], 2);
    const { heaters, heaterIds } = store.getState();
    for (const id of heaterIds) expect(heaters[id]).toEqual({ actual: null, target: null });
  });
});
