import { describe, expect, it } from 'vitest';
import { taskCosts } from './cdp-trace.ts';

const task = (tsMs: number, durMs: number, tid = 1) => ({
  name: 'RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts: tsMs * 1000,
  dur: durMs * 1000,
  tdur: durMs * 500,
  pid: 7,
  tid,
});
const mark = (tsMs: number) => ({
  name: 'bench:current',
  cat: 'blink.user_timing',
  ph: 'R',
  ts: tsMs * 1000,
  pid: 7,
  tid: 1,
});

describe('taskCosts', () => {
  it('counts the tasks a current frame causes, not the later timers, and the whole interval separately', () => {
    const events = [
      task(0, 2),
      mark(0.5),
      task(10, 3),
      task(300, 1),
      task(500, 1),
      mark(500.2),
      task(516, 4),
      task(900, 2),
      task(1000, 1),
      mark(1000.1),
      task(5, 50, 2), // another thread: never counted
    ];
    const c = taskCosts(events);
    expect(c.perUpdate).toEqual([5, 5]);
    expect(c.perUpdateCpu).toEqual([2.5, 2.5]);
    expect(c.perInterval).toEqual([6, 7]);
    expect(c.longestTask).toBe(4);
    expect(c.longTasks).toBe(0);
    expect(c.seconds).toBeCloseTo(1);
    expect(c.perSecond).toBeCloseTo(13);
  });

  it('is empty without marks', () => {
    expect(taskCosts([task(0, 80)]).perUpdate).toEqual([]);
  });
});
