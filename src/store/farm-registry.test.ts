import { describe, expect, it, vi } from 'vitest';
import { manualScheduler } from '../octoprint/frame-scheduler.ts';
import { createFarmBatch } from './farm-batch.ts';
import { olderThan, type FarmConnection, type FarmConnectionOptions } from './farm-connection.ts';
import { createFarmPrinterStore } from './farm-printer-store.ts';
import { FarmRegistry, THROTTLE } from './farm-registry.ts';
import { SparkSeries } from './farm-spark.ts';
import { STATE_OFF_AFTER_MS, STATE_ON_AFTER_MS } from './farm-view-gate.ts';

function fakeConnect() {
  const made: (FarmConnection & {
    opts: FarmConnectionOptions;
    throttle: number;
    started: boolean;
    disposed: boolean;
    stateOn: boolean;
  })[] = [];
  const connect = (opts: FarmConnectionOptions) => {
    const c = {
      opts,
      throttle: 1,
      started: false,
      disposed: false,
      store: createFarmPrinterStore(),
      spark: new SparkSeries(),
      rest: {} as FarmConnection['rest'],
      socket: { setThrottle: (n: number) => (c.throttle = n) } as unknown as FarmConnection['socket'],
      stateOn: true,
      setStateOn: (on: boolean) => void (c.stateOn = on),
      start: () => (c.started = true),
      dispose: () => (c.disposed = true),
    };
    made.push(c);
    return c;
  };
  return { made, connect };
}

const server = (id: string, apiKey = 'K') => ({
  id,
  name: id,
  url: `http://${id}`,
  apiKey,
  remember: true,
  lastUsed: 0,
});

describe('FarmRegistry', () => {
  it('opens one connection per server, spaced out, each in its own reconnect slot, and keeps them across syncs', () => {
    vi.useFakeTimers();
    const { made, connect } = fakeConnect();
    const r = new FarmRegistry(createFarmBatch(manualScheduler()), connect);
    r.sync([server('a'), server('b')]);
    r.sync([server('a'), server('b')]);
    expect(made.map((c) => c.opts.slot)).toEqual([0, 1]);
    vi.advanceTimersByTime(0);
    expect(made.map((c) => c.started)).toEqual([true, false]);
    vi.advanceTimersByTime(100);
    expect(made.map((c) => c.started)).toEqual([true, true]);
    r.sync([server('a', 'NEW')]);
    expect(made.map((c) => c.disposed)).toEqual([true, true, false]);
    expect(r.get('a')).toBe(made[2]);
    vi.useRealTimers();
  });

  it('asks a card out of view, the hidden page and a farm not shown for fewer updates', () => {
    const { made, connect } = fakeConnect();
    const r = new FarmRegistry(createFarmBatch(manualScheduler()), connect);
    r.sync([server('a')]);
    const c = made[0];
    if (!c) throw new Error('no connection');
    expect(c.throttle).toBe(THROTTLE.unseen);
    r.setShown(true);
    expect(c.throttle).toBe(THROTTLE.outOfView);
    r.setInView('a', true);
    expect(c.throttle).toBe(THROTTLE.inView);
    r.setPageVisible(false);
    expect(c.throttle).toBe(THROTTLE.unseen);
    r.setPageVisible(true);
    expect(c.throttle).toBe(THROTTLE.inView);
    r.dispose();
  });

  it("turns a card's state off once it stays out of view, on once it stays in view, and never for a scroll past", () => {
    vi.useFakeTimers();
    const { made, connect } = fakeConnect();
    const r = new FarmRegistry(createFarmBatch(manualScheduler()), connect);
    r.sync([server('a'), server('b')]);
    r.setShown(true);
    r.setInView('a', true);
    const [a, b] = made;
    if (!a || !b) throw new Error('no connections');
    vi.advanceTimersByTime(STATE_OFF_AFTER_MS - 1);
    expect([a.stateOn, b.stateOn]).toEqual([true, true]);
    vi.advanceTimersByTime(1);
    // b was never seen: off. a stays on while in view.
    expect([a.stateOn, b.stateOn]).toEqual([true, false]);
    // a leaves the view for a moment and comes back: no change either way.
    r.setInView('a', false);
    vi.advanceTimersByTime(STATE_OFF_AFTER_MS - 100);
    r.setInView('a', true);
    vi.advanceTimersByTime(STATE_OFF_AFTER_MS * 2);
    expect(a.stateOn).toBe(true);
    // b scrolls past (in view for less than the on delay): still off; then it stays, and comes on.
    r.setInView('b', true);
    vi.advanceTimersByTime(STATE_ON_AFTER_MS - 50);
    r.setInView('b', false);
    vi.advanceTimersByTime(STATE_ON_AFTER_MS * 4);
    expect(b.stateOn).toBe(false);
    r.setInView('b', true);
    vi.advanceTimersByTime(STATE_ON_AFTER_MS);
    expect(b.stateOn).toBe(true);
    r.dispose();
    vi.useRealTimers();
  });

  it('turns a print end into one alert named after the printer', () => {
    const { made, connect } = fakeConnect();
    const r = new FarmRegistry(createFarmBatch(manualScheduler()), connect);
    r.sync([server('a')]);
    const heard: string[] = [];
    r.onAlert((a) => heard.push(a.text));
    made[0]?.opts.onEvent?.({ type: 'PrintDone', payload: { name: 'cube.gcode' } });
    made[0]?.opts.onEvent?.({ type: 'ZChange', payload: null });
    expect(heard).toEqual(['a: print cube.gcode finished, clear the bed']);
    expect(r.alerts.getState().alerts).toHaveLength(1);
    r.dispose();
  });
});

describe('olderThan', () => {
  it('compares versions by their numbers, and leaves unreadable ones alone', () => {
    expect(olderThan('1.7.3')).toBe(true);
    expect(olderThan('1.8.0')).toBe(false);
    expect(olderThan('1.11.8')).toBe(false);
    expect(olderThan('2.0.0rc1')).toBe(false);
    expect(olderThan('dev')).toBe(false);
  });
});
