import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatFilament } from './format.ts';

describe('file formats', () => {
  it('formats sizes, durations and filament', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(null)).toBe('–');
    expect(formatDuration(3725)).toBe('1 h 2 min');
    expect(formatDuration(90)).toBe('1 min');
    expect(formatDuration(12)).toBe('12 s');
    expect(formatFilament(1234)).toBe('1.23 m');
  });
});
