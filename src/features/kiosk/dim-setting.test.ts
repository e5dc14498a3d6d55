import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../shared/i18n.ts';
import { DIM_CHOICES, dimFromSearch, dimLabel } from './dim-setting.ts';

describe('dimFromSearch', () => {
  it('reads seconds, and 0 or "never" as never', () => {
    expect(dimFromSearch('?dim=90')).toBe(90_000);
    expect(dimFromSearch('?x=1&dim=0.5')).toBe(500);
    expect(dimFromSearch('?dim=0')).toBeNull();
    expect(dimFromSearch('?dim=never')).toBeNull();
  });

  it('ignores a missing or bad value (the saved choice applies)', () => {
    expect(dimFromSearch('')).toBeUndefined();
    expect(dimFromSearch('?dim=abc')).toBeUndefined();
    expect(dimFromSearch('?dim=-5')).toBeUndefined();
    expect(dimFromSearch('?dim=99999999')).toBeUndefined();
  });
});

describe('dimLabel', () => {
  afterEach(() => activateLocale('en'));

  it("names each choice, and an address's own time in seconds", () => {
    expect(DIM_CHOICES.map(dimLabel)).toEqual(['1 min', '5 min', '15 min', '1 hour', 'Never']);
    expect(dimLabel(90_000)).toBe('90 s');
  });

  it('speaks the active language', async () => {
    await activateLocale('de');
    expect(dimLabel(60 * 60_000)).toBe('1 Stunde');
    expect(dimLabel(null)).toBe('Nie');
  });
});
