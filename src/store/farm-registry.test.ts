import { describe, expect, it, vi } from 'vitest';
import { manualScheduler } from '../octoprint/frame-scheduler.ts';
import { createFarmBatch } from './farm-batch.ts';
import { olderThan, type FarmConnection, type FarmConnectionOptions } from './farm-connection.ts';
import { createFarmPrinterStore } from './farm-printer-store.ts';
import { FarmRegistry, THROTTLE } from './farm-registry.ts';
import { SparkSeries } from './farm-spark.ts';

function fakeConnect() {
  const made: (FarmConnection & {
    opts: FarmConnectionOptions;
    throttle: number;
    started: boolean;
    disposed: boolean;
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
