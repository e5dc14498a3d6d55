import { describe, expect, it } from 'vitest';
import { estimateQuality } from './format.ts';

describe('estimate quality', () => {
  it("names OctoPrint's estimate origins with their accuracy", () => {
    expect(estimateQuality('linear').level).toBe('low');
    expect(estimateQuality('analysis').level).toBe('medium');
    expect(estimateQuality('average').level).toBe('good');
    expect(estimateQuality(null).label).toBe('no estimate yet');
    // Shown in brackets after the time: a label with its own brackets read "14 s (rough (linear from progress))".
    for (const o of ['linear', 'analysis', 'mixed-analysis', 'average', 'mixed-average', 'estimate', null])
      expect(estimateQuality(o).label).not.toMatch(/[()]/);
  });
});
