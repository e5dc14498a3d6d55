import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../octoprint/types.ts';
import { operationalFlags } from './control-test-kit.ts';
import { applyControlSnapshot, createPrinterControlStore } from './printer-control-store.ts';

function snap(p: Partial<StateSnapshot> = {}): StateSnapshot {
  return {
    state: { text: 'Operational', flags: operationalFlags, error: null },
    job: {
      file: { name: null, path: null, origin: null, size: null, date: null },
      estimatedPrintTime: null,
      lastPrintTime: null,
      filament: null,
      user: null,
    },
    progress: { completion: null, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null },
    currentZ: null,
    offsets: {},
    serverTime: null,
    temps: [],
    logs: [],
    messages: [],
    markings: [],
    busyFiles: [],
    ...p,
  };
}

describe('printer control store', () => {
  it('takes flags, busy files, offsets and the selected file, and writes nothing when nothing changed', () => {
    const s = createPrinterControlStore();
    let writes = 0;
    s.subscribe(() => writes++);
    const file = { name: 'a.gcode', path: 'dir/a.gcode', origin: 'local', size: 1, date: 1, display: 'a.gcode' };
    const job = { ...snap().job, file };
    applyControlSnapshot(
      s,
      snap({ job, offsets: { tool0: 0 }, busyFiles: [{ origin: 'local', path: 'dir/a.gcode' }] }),
    );
    expect(s.getState()).toMatchObject({
      busyFiles: ['local:dir/a.gcode'],
      offsets: { tool0: 0 },
      selected: { name: 'a.gcode', path: 'dir/a.gcode', origin: 'local' },
    });
    expect(s.getState().flags.operational).toBe(true);
    applyControlSnapshot(
      s,
      snap({
        job: { ...job, file: { ...file } },
        offsets: { tool0: 0 },
        busyFiles: [{ origin: 'local', path: 'dir/a.gcode' }],
      }),
    );
    expect(writes).toBe(1);
  });

  it('keeps busy files across a history, which has none', () => {
    const s = createPrinterControlStore();
    applyControlSnapshot(s, snap({ busyFiles: [{ origin: 'local', path: 'x' }] }));
    applyControlSnapshot(s, snap(), true);
    expect(s.getState().busyFiles).toEqual(['local:x']);
    applyControlSnapshot(s, snap());
    expect(s.getState().busyFiles).toEqual([]);
  });
});
