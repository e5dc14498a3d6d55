import { describe, expect, it } from 'vitest';
import type { MainThread } from '../probes/cdp-trace.ts';
import { cyclesOf, extraPercent, overheadRow, TAIL_MS } from './recording-overhead.ts';

/** A page that spends `base` ms of CPU per second, plus `extra` ms/s while the recorder gets frames, and a write of
 * `flushMs` when it is paused; blocks of 20 s: off, on, off, on, off. */
function page(base: number, extra: number, flushMs = 0): MainThread {
  const tasks: MainThread['tasks'] = [];
  const marks: MainThread['marks'] = [];
  const s = 1e6;
  const names = ['off', 'on', 'off', 'on', 'off'];
  names.forEach((name, b) => marks.push({ name: `bench:rec:${name}`, ts: b * 20 * s }));
  marks.push({ name: 'bench:rec:end', ts: names.length * 20 * s });
  // A task every half second (the tail and the blocks are whole half seconds).
  for (let half = 0; half < names.length * 40; half++) {
    const on = names[Math.floor(half / 40)] === 'on';
    const ts = (half * s) / 2 + 1000;
    tasks.push({ ts, end: ts + 1000, cpu: ((base + (on ? extra : 0)) * 1000) / 2 });
  }
  // Pausing writes the last batch at once: its cost lands just after the off mark, inside the tail.
  for (const m of marks.filter((x, i) => x.name === 'bench:rec:off' && i > 0))
    tasks.push({ ts: m.ts + 500_000, end: m.ts + 510_000, cpu: flushMs * 1000 });
  tasks.sort((a, b) => a.ts - b.ts);
  return { tasks, marks: [{ name: 'bench:current', ts: 0 }, ...marks] };
}

describe('recording overhead', () => {
  it('finds each on-block with its tail and the off-blocks either side', () => {
    const cycles = cyclesOf(page(10, 1));
    expect(cycles).toHaveLength(2);
    expect(cycles[0]?.recorded).toBe(20);
    expect(cycles[0]?.onSeconds).toBe(20 + TAIL_MS / 1000);
    expect(cycles[0]?.offPerSecond).toBeCloseTo(10);
  });

  it('is the extra CPU per recorded second over the off rate, the pausing write counted to the block', () => {
    expect(extraPercent({ cycles: cyclesOf(page(10, 0)), blockSeconds: 20 })).toBeCloseTo(0);
    expect(extraPercent({ cycles: cyclesOf(page(10, 1)), blockSeconds: 20 })).toBeCloseTo(10);
    // 20 ms per pause over 20 s recorded at 10 ms/s: 10 % more.
    expect(extraPercent({ cycles: cyclesOf(page(10, 0, 20)), blockSeconds: 20 })).toBeCloseTo(10);
  });

  it('fails the row above 5 % and passes it below', () => {
    expect(overheadRow(1, { cycles: cyclesOf(page(10, 0.6)), blockSeconds: 20 }).pass).toBe(false);
    expect(overheadRow(1, { cycles: cyclesOf(page(10, 0.3)), blockSeconds: 20 }).pass).toBe(true);
    expect(overheadRow(4, undefined)).toMatchObject({ value: null, pass: null });
  });
});
