import { describe, expect, it } from 'vitest';
import { estimateQuality, formatDuration, formatFilament, formatFinish } from './format.ts';

describe('job formatting', () => {
  it('formats durations for people', () => {
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(417)).toBe('6 min 57 s');
    expect(formatDuration(3 * 3600 + 5 * 60 + 9)).toBe('3 h 05 min');
    expect(formatDuration(-5)).toBe('–');
  });

  it('gives the finish as a wall-clock time, with the weekday when it is not today', () => {
    const now = new Date(2026, 10, 25, 10, 0).getTime();
    expect(formatFinish(new Date(2026, 10, 25, 14, 5).getTime(), now, 'en-GB')).toBe('14:05');
    expect(formatFinish(new Date(2026, 10, 26, 9, 30).getTime(), now, 'en-GB')).toBe('Thu 09:30');
    expect(formatFinish(null, now)).toBe('–');
  });

  it("names OctoPrint's estimate origins with their accuracy", () => {
    expect(estimateQuality('linear').level).toBe('low');
    expect(estimateQuality('analysis').level).toBe('medium');
    expect(estimateQuality('average').level).toBe('good');
    expect(estimateQuality(null).label).toBe('no estimate yet');
    // Shown in brackets after the time: a label with its own brackets read "14 s (rough (linear from progress))".
    for (const o of ['linear', 'analysis', 'mixed-analysis', 'average', 'mixed-average', 'estimate', null]) expect(estimateQuality(o).label).not.toMatch(/[()]/);
  });

  it('formats filament in mm or m', () => {
    expect(formatFilament(300)).toBe('300 mm');
    expect(formatFilament(12345)).toBe('12.35 m');
  });
});
