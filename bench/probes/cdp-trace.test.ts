import { describe, expect, it } from 'vitest';
import { mainThread, taskCosts } from './cdp-trace.ts';

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
/** The page probes' listener called: a message frame's arrival. */
const mark = (tsMs: number) => ({
  name: 'FunctionCall',
  cat: 'devtools.timeline',
  ph: 'X',
  ts: tsMs * 1000,
  dur: 10,
  pid: 7,
  tid: 1,
  args: { data: { functionName: 'benchMessage' } },
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

describe('mainThread', () => {
  it("keeps the top-level tasks of the marks' thread in order, with their CPU time, and the marks", () => {
    const named = (name: string, tsMs: number, pid = 7) => ({ ...mark(tsMs), name, pid });
    const t = mainThread([
      task(20, 4),
      named('bench:rec:off', 1),
      task(5, 2),
      task(6, 9, 2), // another thread
      named('bench:rec:on', 30),
      named('bench:rec:on', 40, 8), // another page
      { ...task(8, 3), name: 'ThreadControllerImpl::RunTask' }, // nested in RunTask where both are traced
    ]);
    expect(t.tasks).toEqual([
      { ts: 5000, end: 7000, cpu: 1000 },
      { ts: 20000, end: 24000, cpu: 2000 },
    ]);
    expect(t.marks.map((m) => m.name)).toEqual(['bench:rec:off', 'bench:rec:on']);
  });

  it('is empty without a mark', () => {
    expect(mainThread([task(0, 1)])).toEqual({ tasks: [], marks: [] });
  });
});
