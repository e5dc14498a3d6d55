// Pooling a page's A-B-B-A spans: rates weighted by time, samples and counts all kept.
import { describe, expect, it } from 'vitest';
import type { StreamingResult } from '../scenarios/streaming.ts';
import { mergeStreaming } from './merge-streaming.ts';

function span(secs: number, perSecond: number, untraced?: number, perUpdate: number[] = [1]): StreamingResult {
  return {
    rate: 1,
    seconds: secs,
    meter: null,
    cdp: {
      perUpdate,
      perUpdateCpu: perUpdate,
      perInterval: perUpdate,
      perSecond,
      cpuPerSecond: perSecond / 2,
      longestTask: perSecond,
      longTasks: 1,
      seconds: secs,
    },
    taskMsPerSecond: perSecond,
    ...(untraced === undefined ? {} : { untracedMsPerSecond: untraced, untracedSeconds: secs }),
    currentMessages: 2 * secs,
    commits: 1,
    messageCommits: 1,
    draws: secs,
    longTasks: 0,
    longFrames: 1,
    maxLongFrameMs: perSecond,
  };
}

describe('mergeStreaming', () => {
  it('weights each span by its length and keeps every sample and count', () => {
    const m = mergeStreaming([span(10, 10, 8, [1, 2]), span(30, 20, 16, [3])]);
    expect(m.cdp.perSecond).toBeCloseTo(17.5);
    expect(m.cdp.cpuPerSecond).toBeCloseTo(8.75);
    expect(m.untracedMsPerSecond).toBeCloseTo(14);
    expect(m.untracedSeconds).toBe(40);
    expect(m.cdp.perUpdate).toEqual([1, 2, 3]);
    expect(m.seconds).toBe(40);
    expect(m.currentMessages).toBe(80);
    expect(m.cdp.longTasks).toBe(2);
    expect(m.cdp.longestTask).toBe(20);
    expect(m.maxLongFrameMs).toBe(20);
  });

  it('pools the early spans apart from the untraced ones, each by its own length', () => {
    const m = mergeStreaming([
      { ...span(10, 10, 8), earlyMsPerSecond: 12, earlySeconds: 30 },
      { ...span(10, 10, 10), earlyMsPerSecond: 20, earlySeconds: 10 },
    ]);
    expect(m.earlyMsPerSecond).toBeCloseTo(14);
    expect(m.earlySeconds).toBe(40);
    expect(m.untracedMsPerSecond).toBeCloseTo(9);
  });

  it('has no untraced rate when no span measured one', () => {
    const m = mergeStreaming([span(10, 10), span(10, 12)]);
    expect(m.untracedMsPerSecond).toBeNaN();
    expect(m.untracedSeconds).toBe(0);
    expect(m.earlyMsPerSecond).toBeNaN();
    expect(m.cdp.perSecond).toBeCloseTo(11);
  });

  it('returns a lone span as it is and refuses none', () => {
    const one = span(5, 9);
    expect(mergeStreaming([one])).toBe(one);
    expect(() => mergeStreaming([])).toThrow();
  });
});
