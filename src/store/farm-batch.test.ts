import { describe, expect, it } from 'vitest';
import { manualScheduler } from '../octoprint/frame-scheduler.ts';
import { createFarmBatch } from './farm-batch.ts';
import { spreadTimeouts } from './farm-connection.ts';
import { SparkSeries } from './farm-spark.ts';

describe('createFarmBatch', () => {
  it('delivers every socket in one frame, then the draws asked for during it, and survives a throwing delivery', () => {
    const frames = manualScheduler();
    const batch = createFarmBatch(frames);
    const seen: string[] = [];
    batch.request(() => {
      seen.push('a');
      batch.afterFlush(seen, () => seen.push('draw'));
    });
    batch.request(() => {
      throw new Error('bad printer');
    });
    batch.request(() => seen.push('b'));
    expect(frames.pending).toBe(1);
    frames.frame();
    expect(seen).toEqual(['a', 'b', 'draw']);
    expect(frames.pending).toBe(0);
  });

  it('a cancelled request is not delivered', () => {
    const frames = manualScheduler();
    const batch = createFarmBatch(frames);
    let ran = false;
    batch.request(() => (ran = true))();
    frames.frame();
    expect(ran).toBe(false);
  });
});

describe('spreadTimeouts', () => {
  it("spreads 24 printers' first reconnects so no 250 ms holds more than 4 (6 is the goal: room for late timers)", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const firsts = Array.from({ length: 24 }, (_, slot) => (spreadTimeouts(slot, random)[0] ?? 0) * 1000).sort(
      (a, b) => a - b,
    );
    const worst = Math.max(...firsts.map((t) => firsts.filter((u) => u >= t && u < t + 250).length));
    expect(worst).toBeLessThanOrEqual(4);
    expect(Math.max(...firsts)).toBeLessThan(2000);
  });

  it('keeps a blip longer than the first round within 6 attempts in any 250 ms: the second round keeps the slots', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Every server away for 2 s: each first attempt fails at once, the second starts its own delay after it.
    const starts = Array.from({ length: 24 }, (_, slot) => {
      const [a = 0, b = 0] = spreadTimeouts(slot, random).map((s) => s * 1000);
      return a < 2000 ? [a, a + b] : [a];
    }).flat();
    const worst = Math.max(...starts.map((t) => starts.filter((u) => u >= t && u < t + 250).length));
    expect(worst).toBeLessThanOrEqual(6);
    expect(Math.max(...starts)).toBeLessThan(5000);
  });
});

describe('SparkSeries', () => {
  const pt = (time: number, tool: number) => ({
    time,
    heaters: { tool0: { actual: tool, target: 0 }, bed: { actual: 20, target: 0 } },
  });
  it('keeps 10 minutes, skips repeats, and starts over on a clock step back', () => {
    const s = new SparkSeries();
    s.append([pt(0, 20), pt(300, 100), pt(700, 200)]);
    expect(s.length).toBe(2);
    const v = s.version;
    s.append([pt(700, 200)]);
    expect(s.version).toBe(v);
    // A step back waits for the next reading to agree, then starts over from it.
    s.append([pt(10, 30)]);
    expect(s.length).toBe(2);
    s.append([pt(12, 31)]);
    expect(s.length).toBe(2);
    expect(s.tool[s.at(0)]).toBe(30);
  });
});
