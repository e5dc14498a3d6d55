import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../octoprint/types.ts';
import { applySnapshots } from './apply-snapshot.ts';
import { createDashboardStore } from './dashboard-store.ts';
import { mergeMarkings } from './markings.ts';

const mark = (type: string, time: number) => ({ type, label: type, time });

function snap(markings: StateSnapshot['markings'], serverTime: number): StateSnapshot {
  const flags = { operational: true, printing: false, paused: false, ready: true, closedOrError: false };
  return {
    state: { text: 'Operational', flags, error: '' },
    job: { file: {} },
    progress: {},
    currentZ: null,
    offsets: {},
    serverTime,
    temps: [],
    logs: [],
    messages: [],
    markings,
    busyFiles: [],
  } as unknown as StateSnapshot;
}

describe('markings', () => {
  it('survive a server restart: the new process lists fewer, the page keeps what it saw', () => {
    const store = createDashboardStore();
    applySnapshots(
      store,
      [snap([mark('connected', 10), mark('print', 100), mark('pause', 200), mark('resume', 250)], 260)],
      1,
    );
    applySnapshots(store, [snap([mark('connected', 400)], 401)], 2);
    expect(store.getState().markings.map((m) => m.type)).toEqual([
      'connected',
      'print',
      'pause',
      'resume',
      'connected',
    ]);
  });

  it('keeps the same array while nothing is new, and leaves out markings on a clock that went back', () => {
    const held = mergeMarkings([], [mark('print', 100)]);
    expect(mergeMarkings(held, [mark('print', 100)])).toBe(held);
    expect(mergeMarkings(held, [mark('cancel', 3700)], 130)).toBe(held);
  });
});
