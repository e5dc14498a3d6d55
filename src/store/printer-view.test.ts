import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../octoprint/types.ts';
import { recordedCurrent } from '../testing/snapshots.ts';
import { initialPrinterView, printerViewOf, type PrinterView } from './printer-view.ts';

/** A recorded idle `current` of OctoPrint 1.11.8, nothing in use and no offsets, with `p` on top. */
const snap = (p: Partial<StateSnapshot> = {}): StateSnapshot =>
  recordedCurrent('Operational', { offsets: {}, busyFiles: [], ...p });

/** Applies snapshots in turn and counts the ones that made a new object (a store write). */
function holder() {
  let view: PrinterView = initialPrinterView;
  const listeners: (() => void)[] = [];
  return {
    getState: () => view,
    subscribe: (l: () => void) => void listeners.push(l),
    apply(snapshot: StateSnapshot, isHistory = false) {
      const next = printerViewOf(view, snapshot, isHistory);
      if (next !== view) for (const l of listeners) l();
      view = next;
    },
  };
}

describe('printer view', () => {
  it('takes flags, busy files, offsets and the selected file, and writes nothing when nothing changed', () => {
    const s = holder();
    let writes = 0;
    s.subscribe(() => writes++);
    const file = { name: 'a.gcode', path: 'dir/a.gcode', origin: 'local', size: 1, date: 1, display: 'a.gcode' };
    const job = { ...snap().job, file };
    s.apply(snap({ job, offsets: { tool0: 0 }, busyFiles: [{ origin: 'local', path: 'dir/a.gcode' }] }));
    expect(s.getState()).toMatchObject({
      busyFiles: ['local:dir/a.gcode'],
      offsets: { tool0: 0 },
      selected: { name: 'a.gcode', path: 'dir/a.gcode', origin: 'local' },
    });
    expect(s.getState().flags.operational).toBe(true);
    s.apply(
      snap({
        job: { ...job, file: { ...file } },
        offsets: { tool0: 0 },
        busyFiles: [{ origin: 'local', path: 'dir/a.gcode' }],
      }),
    );
    expect(writes).toBe(1);
  });

  it('keeps busy files across a history, which has none', () => {
    const s = holder();
    s.apply(snap({ busyFiles: [{ origin: 'local', path: 'x' }] }));
    s.apply(snap(), true);
    expect(s.getState().busyFiles).toEqual(['local:x']);
    s.apply(snap());
    expect(s.getState().busyFiles).toEqual([]);
  });
});
