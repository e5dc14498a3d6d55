import { describe, expect, it } from 'vitest';
import { dimFromSearch } from './dim-setting.ts';

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
