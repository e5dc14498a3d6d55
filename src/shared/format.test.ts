import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDuration,
  formatFilament,
  formatFinish,
  formatPercent,
  formatTemperature,
} from './format.ts';

describe('shared formatting', () => {
  it('writes temperatures with one decimal (or as asked), and a dash without a reading', () => {
    expect(formatTemperature(201.46)).toBe('201.5 °C');
    expect(formatTemperature(0)).toBe('0.0 °C');
    expect(formatTemperature(60, 0)).toBe('60 °C');
    expect(formatTemperature(null)).toBe('–');
    expect(formatTemperature(undefined)).toBe('–');
    expect(formatTemperature(Number.NaN)).toBe('–');
  });

  it('formats durations for people, to the second or to the minute', () => {
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(417)).toBe('6 min 57 s');
    expect(formatDuration(3 * 3600 + 5 * 60 + 9)).toBe('3 h 05 min');
    expect(formatDuration(-5)).toBe('–');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatDuration(417, 'minutes')).toBe('6 min');
    expect(formatDuration(3725, 'minutes')).toBe('1 h 02 min');
    expect(formatDuration(12, 'minutes')).toBe('12 s');
  });

  it('gives times of day on the local clock, with seconds when asked', () => {
    const at = new Date(2026, 10, 25, 14, 5, 9).getTime();
    expect(formatClock(at, false, 'en-GB')).toBe('14:05');
    expect(formatClock(at, true, 'en-GB')).toBe('14:05:09');
  });

  it('gives the finish as a wall-clock time, with the weekday when it is not today', () => {
    const now = new Date(2026, 10, 25, 10, 0).getTime();
    expect(formatFinish(new Date(2026, 10, 25, 14, 5).getTime(), now, 'en-GB')).toBe('14:05');
    expect(formatFinish(new Date(2026, 10, 26, 9, 30).getTime(), now, 'en-GB')).toBe('Thu 09:30');
    expect(formatFinish(null, now)).toBe('–');
  });

  it('words the same finish again when the day or the language changes, though the minute did not', () => {
    const at = new Date(2026, 10, 26, 9, 30).getTime();
    expect(formatFinish(at, new Date(2026, 10, 25, 23, 59).getTime(), 'en-GB')).toBe('Thu 09:30');
    expect(formatFinish(at, new Date(2026, 10, 26, 0, 1).getTime(), 'en-GB')).toBe('09:30');
    expect(formatFinish(at + 59_000, new Date(2026, 10, 26, 0, 2).getTime(), 'en-GB')).toBe('09:30');
    expect(formatFinish(at, new Date(2026, 10, 25, 8, 0).getTime(), 'de-DE')).toBe('Do 09:30');
  });

  it('writes a share in the language’s percent style', () => {
    expect(formatPercent(0.42, 'en-GB')).toBe('42%');
    expect(formatPercent(0.42, 'de-DE')).toBe('42\u00a0%');
  });

  it('formats filament in mm or m', () => {
    expect(formatFilament(300)).toBe('300 mm');
    expect(formatFilament(1234)).toBe('1.23 m');
    expect(formatFilament(12345)).toBe('12.35 m');
    expect(formatFilament(null)).toBe('–');
  });
});
