import { describe, expect, it } from 'vitest';
import type { MeterHost } from './meter-host.ts';
import { RenderMeter, type MeterSample } from './render-meter.ts';

/** A hand-driven host: time moves only when the test says, frames and microtasks run when flushed. */
function fakeHost() {
  let t = 0;
  let hidden = false;
  let framing = false;
  let inTask = false;
  const after: (() => void)[] = [];
  const micro: (() => void)[] = [];
  const frames: ((ts: number) => void)[] = [];
  const timers: (() => void)[] = [];
  const host: MeterHost = {
    now: () => t,
    requestFrame: (cb) => void frames.push(cb),
    microtask: (cb) => void micro.push(cb),
    isHidden: () => hidden,
    fallback: (cb) => void timers.push(cb),
    inFrame: () => framing,
    afterFrame: (cb) => void after.push(cb),
    inTask: () => inTask,
  };
  return {
    host,
    advance: (ms: number) => void (t += ms),
    hide: () => void (hidden = true),
    /** Updates from now on are applied inside a delivery frame (their draws join it). */
    frameDelivery: () => void (framing = true),
    /** Updates from now on are calm deliveries, each in a task of its own (their draws join it). */
    taskDelivery: () => void (inTask = true),
    /** The task after the frame: the browser has rendered it. */
    runAfterFrame: () => after.splice(0).forEach((cb) => cb()),
    framesAsked: () => frames.length,
    runMicrotasks: () => micro.splice(0).forEach((cb) => cb()),
    /**
     * Starts a frame at the current time; `before` ms of other tasks pass before its callbacks run, and `work` ms (the
     * chart's draw) after the first one, the meter's own marker asked for before the store write.
     */
    runFrame: (work = 0, before = 0) => {
      const ts = t;
      t += before;
      frames.splice(0).forEach((cb, i) => {
        cb(ts);
        if (i === 0) t += work;
      });
    },
    runTimers: () => timers.splice(0).forEach((cb) => cb()),
  };
}

describe('RenderMeter', () => {
  it('adds apply, commit and the next frame draw into one sample, closed at the next frame', () => {
    const f = fakeHost();
    const meter = new RenderMeter(f.host);
    const samples: MeterSample[] = [];
    meter.onSample((s) => samples.push(s));
    meter.noteMessage(0);
    f.advance(10);
    meter.beginUpdate(1);
    f.advance(3); // store write
    meter.endApply();
    f.advance(2); // React's commit, in an earlier microtask
    f.runMicrotasks();
    expect(samples).toHaveLength(0);
    f.advance(11); // idle until the next frame: not cost
    f.runFrame(4); // the chart's draw
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ costMs: 9, frameMs: 5, messages: 1, latencyMs: 30, frameIntervalMs: 16 });
    expect(meter.histogram).toEqual([1, 0, 0, 0, 0]);
  });

  it('inside a delivery frame: the joined draw is in the cost, no other frame is asked for, closed after rendering', () => {
    const f = fakeHost();
    f.frameDelivery();
    const meter = new RenderMeter(f.host);
    const samples: MeterSample[] = [];
    meter.onSample((s) => samples.push(s));
    meter.noteMessage(0);
    f.advance(10);
    meter.beginUpdate(1);
    f.advance(3); // store write
    meter.endApply();
    f.advance(4); // the chart's draw, joined to the frame, then React's commit
    f.runMicrotasks();
    f.advance(5); // style, layout and paint of the frame
    expect(f.framesAsked()).toBe(0);
    expect(samples).toHaveLength(0);
    f.runAfterFrame();
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ costMs: 7, frameMs: 7, messages: 1, latencyMs: 22, frameIntervalMs: 12 });
  });

  it('a calm delivery in a task of its own closes after its commit: no frame is asked for, none waited for', () => {
    const f = fakeHost();
    f.taskDelivery();
    const meter = new RenderMeter(f.host);
    const samples: MeterSample[] = [];
    meter.onSample((s) => samples.push(s));
    meter.noteMessage(0);
    f.advance(1);
    meter.beginUpdate(1);
    f.advance(3); // store write
    meter.endApply();
    f.advance(4); // the chart's draw, joined to the task, then React's commit
    f.runMicrotasks();
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ costMs: 7, frameMs: 7, messages: 1, latencyMs: 8, frameIntervalMs: 0 });
    expect(f.framesAsked()).toBe(0);
    f.runAfterFrame();
    f.runTimers();
    expect(samples).toHaveLength(1);
    expect(meter.histogram).toEqual([0, 0, 0, 0, 0]);
  });

  it("leaves out other tasks that held the frame's callbacks back: they are not this update's cost", () => {
    const f = fakeHost();
    const meter = new RenderMeter(f.host);
    const samples: MeterSample[] = [];
    meter.onSample((s) => samples.push(s));
    meter.beginUpdate(1);
    f.advance(3);
    meter.endApply();
    f.runMicrotasks();
    f.advance(13);
    f.runFrame(4, 6); // 6 ms of a timer or a socket message first, then the chart's 4 ms draw
    expect(samples[0]).toMatchObject({ costMs: 7, frameMs: 4 });
  });

  it('counts rate, coalesced and pending messages', () => {
    const f = fakeHost();
    const meter = new RenderMeter(f.host);
    for (let i = 0; i < 3; i++) meter.noteMessage(i * 100);
    expect(meter.pending).toBe(3);
    f.advance(1000);
    expect(meter.rate()).toBeCloseTo(3 / 5);
    meter.beginUpdate(3);
    expect(meter.pending).toBe(0);
    expect(meter.coalesced).toBe(2);
  });

  it('closes without a frame while the tab is hidden, and by a fallback if the frame never comes', () => {
    const f = fakeHost();
    const meter = new RenderMeter(f.host);
    const samples: MeterSample[] = [];
    meter.onSample((s) => samples.push(s));
    meter.beginUpdate(1);
    f.advance(5);
    meter.endApply();
    f.runMicrotasks();
    f.runTimers();
    expect(samples.map((s) => s.costMs)).toEqual([5]);
    f.runFrame(3);
    expect(samples).toHaveLength(1);
    f.hide();
    meter.beginUpdate(2);
    f.advance(7);
    meter.endApply();
    f.runMicrotasks();
    expect(samples.map((s) => s.costMs)).toEqual([5, 7]);
  });

  it('sorts long update frames into the histogram', () => {
    const f = fakeHost();
    const meter = new RenderMeter(f.host);
    meter.beginUpdate(1);
    f.advance(120);
    meter.endApply();
    f.runMicrotasks();
    f.runFrame(1);
    expect(meter.histogram).toEqual([0, 0, 0, 0, 1]);
  });
});
