import { describe, expect, it } from 'vitest';
import { formatValue, tableText, verdict, type Row } from './report.ts';

const base: Row = {
  id: 'x',
  metric: 'Initial JavaScript, gzip',
  value: 110.4,
  unit: 'KiB',
  goal: '≤ 120 KiB',
  pass: true,
};

describe('report', () => {
  it('says pass, FAIL, reported or NOT MEASURED', () => {
    expect(verdict(base)).toBe('pass');
    expect(verdict({ ...base, pass: false })).toBe('FAIL');
    expect(verdict({ ...base, pass: null })).toBe('reported');
    expect(verdict({ ...base, value: null, pass: null })).toBe('NOT MEASURED');
  });

  it('formats values by size and aligns the table', () => {
    expect(formatValue(base)).toBe('110 KiB');
    expect(formatValue({ ...base, value: 1.234, unit: 'ms' })).toBe('1.23 ms');
    const lines = tableText([base, { ...base, metric: 'CSS', value: 1.5, pass: null, goal: 'reported' }]).split('\n');
    expect(lines[0]).toMatch(/^metric\s+value\s+goal\s+verdict$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^CSS\s+1\.50 KiB\s+reported\s+reported$/);
  });
});
