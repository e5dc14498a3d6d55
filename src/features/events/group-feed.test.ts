import { describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../store/activity-store.ts';
import { feedRows } from './group-feed.ts';

let id = 0;
const entry = (at: number, type: string, text: string): FeedEntry => ({
  id: ++id,
  at,
  type,
  category: type === 'PrinterStateChanged' ? 'printer' : 'print',
  text,
});

describe('feedRows', () => {
  it('folds a run of state changes into one row of transitions, newest first, with a severity per row', () => {
    const rows = feedRows([
      entry(1000, 'PrintStarted', 'Print started: cube.gcode'),
      entry(1100, 'PrinterStateChanged', 'Printer state: Printing'),
      entry(5000, 'PrinterStateChanged', 'Printer state: Cancelling'),
      entry(6000, 'PrinterStateChanged', 'Printer state: Operational'),
      entry(6100, 'PrintCancelled', 'Print cancelled: cube.gcode'),
      entry(7000, 'PrintFailed', 'Print failed: cube.gcode (cancelled)'),
    ]);
    expect(rows.map((r) => [r.severity, r.text])).toEqual([
      ['error', 'Print failed: cube.gcode (cancelled)'],
      ['warning', 'Print cancelled: cube.gcode'],
      ['info', 'Printer state: Printing → Cancelling → Operational'],
      ['info', 'Print started: cube.gcode'],
    ]);
    expect(rows[2]?.at).toBe(6000);
  });

  it('keeps state changes apart when another event or a long gap comes between', () => {
    const rows = feedRows([
      entry(0, 'PrinterStateChanged', 'Printer state: Printing'),
      entry(200_000, 'PrinterStateChanged', 'Printer state: Paused'),
      entry(201_000, 'PrintPaused', 'Print paused: cube.gcode'),
      entry(202_000, 'PrinterStateChanged', 'Printer state: Printing'),
    ]);
    expect(rows.map((r) => r.text)).toEqual([
      'Printer state: Printing',
      'Print paused: cube.gcode',
      'Printer state: Paused',
      'Printer state: Printing',
    ]);
  });
});
