import { describe, expect, it } from 'vitest';
import { clockStepLabel, describeClockStep } from './clock-step.ts';

describe('clock step words', () => {
  it('rounds to the minute before splitting hours, so a step measured a second short of an hour reads 1 h', () => {
    expect(clockStepLabel({ at: 0, delta: -3599.4 })).toBe('Clock −1 h');
    expect(describeClockStep({ at: 0, delta: 3600.6 })).toBe("The server's clock went forward 1 h");
    expect(clockStepLabel({ at: 0, delta: -5430 })).toBe('Clock −1 h 31 min');
    expect(clockStepLabel({ at: 0, delta: 90 })).toBe('Clock +2 min');
  });
});
