import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../octoprint/types.ts';
import { farmPatch, initialFarmPrinter } from './farm-printer-store.ts';

const flags = {
  operational: true,
  printing: false,
  cancelling: false,
  pausing: false,
  resuming: false,
  finishing: false,
  closedOrError: false,
  error: false,
  paused: false,
  ready: true,
  sdReady: false,
};

function snap(p: {
  text?: string;
  flags?: Partial<typeof flags>;
  completion?: number | null;
  file?: string | null;
  left?: number | null;
  temps?: StateSnapshot['temps'];
}): StateSnapshot {
  return {
    state: { text: p.text ?? 'Operational', flags: { ...flags, ...p.flags }, error: null },
    job: {
      file: { name: p.file ?? null, path: p.file ?? null, origin: 'local', size: 1, date: 1 },
      estimatedPrintTime: null,
      lastPrintTime: null,
      filament: null,
      user: null,
    },
    progress: {
      completion: p.completion ?? null,
      filepos: null,
      printTime: null,
      printTimeLeft: p.left ?? null,
      printTimeLeftOrigin: null,
    },
    currentZ: null,
    offsets: {},
    serverTime: 1,
    temps: p.temps ?? [],
    logs: [],
    messages: [],
    markings: [],
    busyFiles: [],
  };
}

describe('farmPatch', () => {
  it('reads a print: kind, whole percent, time left, heaters rounded with bed last and missing heaters left out', () => {
    const temps = [
      {
        time: 5,
        heaters: {
          bed: { actual: 59.96, target: 60 },
          tool0: { actual: 209.84, target: 210 },
          chamber: { actual: null, target: null },
        },
      },
    ];
    const p = farmPatch(
      initialFarmPrinter,
      snap({ text: 'Printing', flags: { printing: true }, completion: 42.7, file: 'a.gcode', left: 300, temps }),
      12_345,
    );
    expect(p).toMatchObject({
      kind: 'printing',
      completion: 42,
      printTimeLeft: 300,
      file: 'a.gcode',
      lastDataAt: 12_000,
    });
    expect(p.heaters).toEqual([
      { id: 'tool0', actual: 209.8, target: 210 },
      { id: 'bed', actual: 60, target: 60 },
    ]);
  });

  it('keeps the heaters reference when nothing changed, so the card skips a render', () => {
    const temps = [{ time: 5, heaters: { tool0: { actual: 20, target: 0 } } }];
    const first = { ...initialFarmPrinter, ...farmPatch(initialFarmPrinter, snap({ temps }), 0) };
    expect(farmPatch(first, snap({ temps }), 0).heaters).toBe(first.heaters);
  });

  it('a Finishing current after PrintDone keeps the card finished; one before it still reads printing', () => {
    const finishing = { text: 'Finishing', flags: { printing: true, finishing: true } };
    const done = { ...initialFarmPrinter, kind: 'finished' as const };
    expect(farmPatch(done, snap({ ...finishing, completion: 100, file: 'a.gcode' }), 0).kind).toBe('finished');
    expect(farmPatch(initialFarmPrinter, snap({ ...finishing, completion: 100, file: 'a.gcode' }), 0).kind).toBe(
      'printing',
    );
  });

  it('tells a finished print awaiting removal, a pause, an error and a printer off apart', () => {
    expect(farmPatch(initialFarmPrinter, snap({ completion: 100, file: 'a.gcode' }), 0).kind).toBe('finished');
    expect(farmPatch(initialFarmPrinter, snap({ completion: null }), 0).kind).toBe('operational');
    expect(farmPatch(initialFarmPrinter, snap({ text: 'Paused', flags: { paused: true } }), 0).kind).toBe('paused');
    expect(
      farmPatch(
        initialFarmPrinter,
        snap({ text: 'Offline after error', flags: { operational: false, error: true, closedOrError: true } }),
        0,
      ).kind,
    ).toBe('error');
    expect(
      farmPatch(initialFarmPrinter, snap({ text: 'Offline', flags: { operational: false, closedOrError: true } }), 0)
        .kind,
    ).toBe('offline');
  });
});
