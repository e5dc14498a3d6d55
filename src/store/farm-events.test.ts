import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../octoprint/types.ts';
import { attentionRank, ATTENTION_RANKS } from './farm-attention.ts';
import { farmEventPatch } from './farm-events.ts';
import { initialFarmPrinter, type FarmPrinterState } from './farm-printer-store.ts';

const printing: FarmPrinterState = {
  ...initialFarmPrinter,
  link: 'ready',
  lastDataAt: 1000,
  kind: 'printing',
  stateText: 'Printing',
  heaters: [{ id: 'tool0', actual: 210, target: 210 }],
  file: 'cube.gcode',
  completion: 40,
  printTimeLeft: 600,
};

/** The card after each event in turn, as the farm connection applies them while state is off. */
function after(start: FarmPrinterState, events: [string, Record<string, unknown> | null][]): FarmPrinterState {
  return events.reduce<FarmPrinterState>((s, [type, payload]) => {
    const e: EventPayload = { type, payload };
    return { ...s, ...farmEventPatch(s, e) };
  }, start);
}

const changed = (id: string, words: string): [string, Record<string, unknown>] => [
  'PrinterStateChanged',
  { state_id: id, state_string: words },
];

describe('farmEventPatch', () => {
  it("a firmware error mid-print (the recorded order) leaves the card in error, 'Offline after error', no heaters", () => {
    const s = after(printing, [
      changed('ERROR', 'Error'),
      ['PrintFailed', { name: 'cube.gcode', reason: 'error' }],
      ['Error', { error: 'Thermal Runaway', reason: 'firmware' }],
      ['EStop', null],
      ['FileDeselected', null],
      ['Disconnected', null],
      changed('OFFLINE', 'Offline'),
    ]);
    expect(s).toMatchObject({ kind: 'error', stateText: 'Offline after error', error: 'Thermal Runaway', heaters: [] });
    expect(s.file).toBeNull();
    expect(attentionRank(s)).toBe(ATTENTION_RANKS.error);
  });

  it('a pause, a finish and a disconnect each sort the card where a current would', () => {
    const paused = after(printing, [changed('PAUSING', 'Pausing'), ['PrintPaused', {}], changed('PAUSED', 'Paused')]);
    expect(attentionRank(paused)).toBe(ATTENTION_RANKS.paused);
    expect(paused.printTimeLeft).toBe(600);
    const done = after(printing, [
      changed('FINISHING', 'Finishing'),
      ['PrintDone', {}],
      changed('OPERATIONAL', 'Operational'),
    ]);
    expect(done).toMatchObject({ kind: 'finished', completion: 100, printTimeLeft: null });
    expect(attentionRank(done)).toBe(ATTENTION_RANKS.finished);
    const off = after(printing, [['Disconnected', null], changed('OFFLINE', 'Offline')]);
    expect(off).toMatchObject({ kind: 'offline', stateText: 'Offline', heaters: [], error: null });
    expect(attentionRank(off)).toBe(ATTENTION_RANKS.offline);
  });

  it('a cancelled print is idle again, not finished; a reconnect clears the error', () => {
    const cancelled = after(printing, [
      changed('CANCELLING', 'Cancelling'),
      ['PrintCancelled', {}],
      ['PrintFailed', { reason: 'cancelled' }],
      changed('OPERATIONAL', 'Operational'),
    ]);
    expect(cancelled.kind).toBe('operational');
    const errored = after(printing, [['Error', { error: 'x' }], changed('OFFLINE', 'Offline')]);
    const back = after(errored, [
      changed('OPEN_SERIAL', 'Opening serial connection'),
      changed('OPERATIONAL', 'Operational'),
    ]);
    expect(back).toMatchObject({ kind: 'operational', error: null, stateText: 'Operational' });
  });

  it('changes nothing for other events or payloads of the wrong shape', () => {
    expect(farmEventPatch(printing, { type: 'ZChange', payload: { new: 1 } })).toBeNull();
    expect(farmEventPatch(printing, { type: 'PrinterStateChanged', payload: { state_id: 3 } })).toBeNull();
    expect(farmEventPatch(printing, { type: 'PrinterStateChanged', payload: null })).toBeNull();
    const s = after(printing, [
      ['Error', { error: { html: '<b>' } }],
      ['PrintStarted', { name: 42 }],
    ]);
    expect(s.error).toBeNull();
    expect(s.file).toBe('cube.gcode');
  });
});
