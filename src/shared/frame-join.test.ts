import { describe, expect, it } from 'vitest';
import { inFrame, inTaskRun, joinFrame, runFrame } from './frame-join.ts';

describe('frame join', () => {
  it('runs what joins during a frame right after it, in order, and joiners may join again', () => {
    const order: string[] = [];
    runFrame(() => {
      order.push('work');
      expect(inFrame()).toBe(true);
      expect(joinFrame(() => order.push('chart'))).toBe(true);
      joinFrame(() => {
        order.push('summary');
        joinFrame(() => order.push('late'));
      });
      order.push('work end');
    });
    expect(order).toEqual(['work', 'work end', 'chart', 'summary', 'late']);
    expect(inFrame()).toBe(false);
  });

  it('a run in a task (a calm delivery) is joined the same way, but is not an animation frame', () => {
    const order: string[] = [];
    runFrame(() => {
      expect([inFrame(), inTaskRun()]).toEqual([false, true]);
      joinFrame(() => order.push('chart'));
      // A frame run inside it (a test's nested delivery) is a frame; the task run is back after it.
      runFrame(() => expect([inFrame(), inTaskRun()]).toEqual([true, false]));
      expect(inTaskRun()).toBe(true);
    }, false);
    expect(order).toEqual(['chart']);
    expect([inFrame(), inTaskRun()]).toEqual([false, false]);
  });

  it('outside a frame nothing joins: the caller asks for its own frame', () => {
    expect(joinFrame(() => {})).toBe(false);
  });

  it('a failing piece of work does not keep the joined ones from running; the error still surfaces', () => {
    const ran: string[] = [];
    expect(() =>
      runFrame(() => {
        joinFrame(() => ran.push('chart'));
        throw new Error('bad message');
      }),
    ).toThrow('bad message');
    expect(ran).toEqual(['chart']);
    expect(inFrame()).toBe(false);
  });
});
