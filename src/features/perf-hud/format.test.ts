import { describe, expect, it } from 'vitest';
import { chipText, fmtMs } from './format.ts';

describe('HUD formatting', () => {
  it('shows one decimal under 10 ms, whole ms above, and a dash for no data', () => {
    expect(fmtMs(3.14)).toBe('3.1');
    expect(fmtMs(34.6)).toBe('35');
    expect(fmtMs(Number.NaN)).toBe('–');
  });

  it('summarises rate, cost, factor and fidelity on one line', () => {
    expect(chipText(2, 3.1, 7.94, 2, 'full')).toBe('2.0 msg/s · 3.1/7.9 ms · ×2 · full');
  });
});
