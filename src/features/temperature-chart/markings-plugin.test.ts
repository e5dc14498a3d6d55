import { describe, expect, it } from 'vitest';
import type { Marking } from '../../octoprint/types.ts';
import { activateLocale } from '../../shared/i18n.ts';
import { flagText, groupFlags } from './markings-plugin.ts';

const mark = (type: string, label: string, time = 0): Marking => ({ type, label, time });
/** 6 px per character, like a small font. */
const widthOf = (t: string) => t.length * 6;

describe('marking flags', () => {
  it('groups marks whose flags would overlap into one flag: the newest label and how many more', () => {
    const marks = [
      { x: 100, mark: mark('connected', 'Connected') },
      { x: 110, mark: mark('disconnected', 'Disconnected') },
      { x: 125, mark: mark('connected', 'Connected') },
      { x: 400, mark: mark('print', 'Print started') },
    ];
    const flags = groupFlags(marks, widthOf, 2, 1000);
    expect(flags.map((f) => flagText(f.marks))).toEqual(['Connected +2', 'Print started']);
    // No two flags overlap.
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
  });

  it('hangs a flag to the left of its line at the right edge, and merges it when that touches the one before', () => {
    const flags = groupFlags([{ x: 990, mark: mark('pause', 'Paused') }], widthOf, 2, 1000);
    expect(flags[0]).toMatchObject({ start: 990 - 36, end: 990 });
    const two = groupFlags(
      [
        { x: 940, mark: mark('print', 'Print') },
        { x: 990, mark: mark('pause', 'Paused') },
      ],
      widthOf,
      2,
      1000,
    );
    expect(two.map((f) => flagText(f.marks))).toEqual(['Paused +1']);
    expect(two[0]!.end).toBeLessThanOrEqual(1000);
  });

  it('keeps far-apart marks as their own flags, and cuts a long network label (drawn as text)', () => {
    const flags = groupFlags(
      [
        { x: 0, mark: mark('done', '<b>Done</b> '.repeat(5)) },
        { x: 500, mark: mark('cancel', '') },
      ],
      widthOf,
      2,
      1000,
    );
    expect(flags.map((f) => flagText(f.marks))).toEqual(['<b>Done</b> <b>Done</b> ', 'cancel']);
  });

  it("names OctoPrint's own markings in the active language and keeps any other label as sent", async () => {
    await activateLocale('de');
    try {
      expect(flagText([mark('done', 'Done')])).toBe('Fertig');
      expect(flagText([mark('pause', 'Pause'), mark('resume', 'Resume')])).toBe('Fortgesetzt +1');
      expect(flagText([mark('done', 'Print finished')])).toBe('Print finished');
      expect(flagText([mark('plugin_x', 'Done')])).toBe('Done');
    } finally {
      await activateLocale('en');
    }
  });
});
