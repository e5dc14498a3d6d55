import { describe, expect, it } from 'vitest';
import { heaterColor, heaterLabel, heaterOrder } from './heaters.ts';

describe('heaters', () => {
  it('names tools, bed and chamber, and shows unknown ids as they are', () => {
    expect(['tool0', 'tool12', 'bed', 'chamber', 'W1'].map(heaterLabel)).toEqual([
      'Tool 0',
      'Tool 12',
      'Bed',
      'Chamber',
      'W1',
    ]);
  });

  it('gives each known heater its own colour and the rest one fallback', () => {
    const known = ['tool0', 'tool1', 'tool2', 'tool3', 'bed', 'chamber'].map(heaterColor);
    expect(new Set(known).size).toBe(6);
    expect(heaterColor('tool7')).toBe(heaterColor('W1'));
    expect(known).not.toContain(heaterColor('W1'));
  });

  it('orders tools numerically, then bed, chamber and the rest by name', () => {
    expect(['W2', 'chamber', 'bed', 'tool10', 'tool2', 'A1', 'tool0'].sort(heaterOrder)).toEqual([
      'tool0',
      'tool2',
      'tool10',
      'bed',
      'chamber',
      'A1',
      'W2',
    ]);
  });
});
