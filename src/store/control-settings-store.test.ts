import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrowSettings } from './control-settings-store.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/octoprint-1.11.8/rest-initial.json', import.meta.url), 'utf8'),
) as {
  settings: { body: unknown };
};

describe('narrowSettings', () => {
  it('reads the temperature profiles and cancel confirmation of a real OctoPrint 1.11.8', () => {
    const s = narrowSettings(fixture.settings.body);
    expect(s.profiles).toEqual([
      { name: 'ABS', extruder: 210, bed: 100, chamber: null },
      { name: 'PLA', extruder: 180, bed: 60, chamber: null },
    ]);
    expect(s.printCancelConfirmation).toBe(true);
    // The capture trims terminalFilters to a string: no filters, no crash.
    expect(s.terminalFilters).toEqual([]);
  });

  it('reads terminal filters, honours a disabled confirmation and drops junk', () => {
    const s = narrowSettings({
      feature: { printCancelConfirmation: false },
      terminalFilters: [{ name: 'Temps', regex: 'M105' }, { name: 3 }, null],
      temperature: { profiles: [{ name: 'X', extruder: -5, bed: 'hot' }, 'junk'] },
    });
    expect(s.printCancelConfirmation).toBe(false);
    expect(s.terminalFilters).toEqual([{ name: 'Temps', regex: 'M105' }]);
    expect(s.profiles).toEqual([{ name: 'X', extruder: null, bed: null, chamber: null }]);
    expect(narrowSettings('nonsense').printCancelConfirmation).toBe(true);
  });
});
