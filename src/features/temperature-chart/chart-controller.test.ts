// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { createPreferencesStore } from '../../store/preferences-store.ts';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { ChartController } from './chart-controller.ts';
import { yMaxOf } from './chart-scales.ts';
import { EDGE_STEP_PX } from './chart-window.ts';

// A recording stand-in for uPlot (jsdom has no canvas): the controller's contract is what it asks uPlot to do.
const plots = vi.hoisted(
  () =>
    [] as {
      created: number;
      setData: number;
      commits: number;
      tails: number;
      addSeries: number[];
      scales: Record<string, { min: number; max: number }>;
      shown: Record<number, boolean>;
    }[],
);
vi.mock('uplot', () => ({
  default: class {
    static pxRatio = 1;
    rec = {
      created: 1,
      setData: 0,
      commits: 0,
      tails: 0,
      addSeries: [] as number[],
      scales: {} as Record<string, { min: number; max: number }>,
      shown: {} as Record<number, boolean>,
    };
    cursor = { idx: null };
    bbox = { left: 0, top: 0, width: 1000, height: 300 };
    data: unknown[] = [[]];
    series = [{}];
    private batching = 0;
    private pending = false;
    // A canvas context that counts strokes: a tail paint strokes once per shown series.
    ctx = new Proxy({}, { get: (_t, k) => (k === 'stroke' ? () => this.rec.tails++ : () => {}), set: () => true });
    constructor() {
      plots.push(this.rec);
    }
    private commit() {
      if (this.batching) this.pending = true;
      else this.rec.commits++;
    }
    batch(fn: () => void) {
      this.batching++;
      fn();
      this.batching--;
      if (this.pending) {
        this.pending = false;
        this.commit();
      }
    }
    setData(d: unknown[]) {
      this.data = d;
      this.rec.setData++;
    }
    setScale(k: string, v: { min: number; max: number }) {
      this.rec.scales[k] = v;
      this.commit();
    }
    valToPos(v: number) {
      return v;
    }
    addSeries(o: object, i: number) {
      this.series.splice(i, 0, { ...o });
      this.rec.addSeries.push(i);
    }
    setSeries(i: number, o: { show: boolean }) {
      this.rec.shown[i] = o.show;
      // uPlot resets the series' scale to null here (the paused-toggle bug came from that).
      this.rec.scales.y = { min: null, max: null } as never;
      this.commit();
    }
    setSize() {}
    redraw() {}
    destroy() {}
  },
}));

let frames: FrameRequestCallback[] = [];
let intersect: (entries: { isIntersecting: boolean }[]) => void = () => {};
const runFrames = () => {
  const f = frames;
  frames = [];
  for (const cb of f) cb(0);
};

beforeEach(() => {
  plots.length = 0;
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(cb: typeof intersect) {
        intersect = cb;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('matchMedia', () => ({ addEventListener() {}, removeEventListener() {} }));
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const series = new TemperatureSeries(128);
  const store = createDashboardStore();
  const settings = createPreferencesStore(null);
  const c = new ChartController(document.createElement('div'), series, store, settings);
  const point = (t: number, extra: Record<string, { actual: number; target: number }> = {}) =>
    series.append([
      { time: t, heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 }, ...extra } },
    ]);
  return { c, series, store, settings, point, plot: () => plots[0] as (typeof plots)[number] };
}

describe('ChartController', () => {
  it('creates uPlot once, adds heaters as series, and calls setData once per frame however many points arrive', () => {
    const { c, point, plot } = setup();
    runFrames();
    const initial = plot().setData;
    for (let t = 0; t < 20; t++) point(1000 + t);
    runFrames();
    expect(plot().setData).toBe(initial + 1);
    expect(plot().addSeries).toEqual([1, 2, 3, 4]);
    point(1030, { tool1: { actual: 30, target: 0 } });
    runFrames();
    expect(plots).toHaveLength(1);
    // tool1 goes between tool0 and bed: uPlot series 3 and 4.
    expect(plot().addSeries).toEqual([1, 2, 3, 4, 3, 4]);
    expect(c.draws).toBe(initial + 2);
    c.destroy();
  });

  it('at a lower fidelity holds new data to the redraw cadence, then draws it all at once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      const series = new TemperatureSeries(128);
      const el = document.createElement('div');
      const c = new ChartController(el, series, createDashboardStore(), createPreferencesStore(null), () => 2000);
      const point = (t: number) => series.append([{ time: t, heaters: { tool0: { actual: 20, target: 0 } } }]);
      point(1);
      runFrames();
      const drawn = c.draws;
      point(2);
      point(3);
      runFrames();
      expect(c.draws).toBe(drawn);
      vi.advanceTimersByTime(2000);
      runFrames();
      expect(c.draws).toBe(drawn + 1);
      expect(el.dataset.points).toBe('3');
      c.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not draw while off-screen or paused, and catches up when visible again', () => {
    const { c, point, plot, settings } = setup();
    runFrames();
    const initial = plot().setData;
    intersect([{ isIntersecting: false }]);
    point(1000);
    runFrames();
    expect(plot().setData).toBe(initial);
    intersect([{ isIntersecting: true }]);
    runFrames();
    expect(plot().setData).toBe(initial + 1);
    settings.setState({ chartPaused: true });
    point(1001);
    runFrames();
    expect(plot().setData).toBe(initial + 1);
    settings.setState({ chartPaused: false });
    runFrames();
    expect(plot().setData).toBe(initial + 2);
    c.destroy();
  });

  it('fits the window to the data and starts it at the first point until the data fills it, then follows server time in whole steps', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(50_000);
    const { c, point, plot, store, settings } = setup();
    store.setState({ serverTime: 2000, serverTimeAt: 50_000 });
    point(1990);
    runFrames();
    // A fresh series fills a 5-minute window from its first point instead of a sliver of the server's 30 minutes.
    expect(plot().scales.x).toEqual({ min: 1990, max: 1990 + 5 * 60 });
    settings.setState({ chartMinutes: 15 });
    runFrames();
    expect(plot().scales.x).toEqual({ min: 1990, max: 1990 + 15 * 60 });
    // A chosen 5-minute window over 6 minutes of data: the right edge is the next whole step after server time.
    vi.setSystemTime(50_000 + 400_000);
    point(2399);
    settings.setState({ chartMinutes: 5 });
    runFrames();
    const step = (5 * 60 * EDGE_STEP_PX) / 1000;
    const x = plot().scales.x as { min: number; max: number };
    expect(x.max - x.min).toBeCloseTo(5 * 60);
    expect(x.max).toBeGreaterThan(2400);
    expect(x.max).toBeLessThanOrEqual(2400 + step + 1e-9);
    c.destroy();
    vi.useRealTimers();
  });

  it("follows the dashboard's clock, not the wall clock: a replay of last night shows last night", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Replayed a day later: the wall clock is 24 h past the recorded receive times.
    vi.setSystemTime(50_000 + 86_400_000);
    let recorded = 50_000;
    const series = new TemperatureSeries(128);
    const store = createDashboardStore();
    const settings = createPreferencesStore(null);
    settings.setState({ chartMinutes: 5 });
    const c = new ChartController(
      document.createElement('div'),
      series,
      store,
      settings,
      () => 0,
      () => recorded,
    );
    store.setState({ serverTime: 2000, serverTimeAt: 50_000 });
    for (let t = 1600; t <= 2000; t += 10) series.append([{ time: t, heaters: { tool0: { actual: 20, target: 0 } } }]);
    recorded = 52_000;
    runFrames();
    const x = plots[0]?.scales.x as { min: number; max: number };
    expect(x.max).toBeGreaterThan(2000);
    expect(x.max).toBeLessThan(2000 + 60);
    expect(x.min).toBeLessThan(2000);
    c.destroy();
    vi.useRealTimers();
  });

  it('paints only the new segments while the edge stays, and redraws the whole plot once when it steps', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(0);
    const { c, point, plot, store, settings } = setup();
    // A chosen 5-minute window over older data scrolls; its steps on a 1000 px plot are 14.4 s: the edge is at 1008
    // from 993.6 on.
    settings.setState({ chartMinutes: 5 });
    store.setState({ serverTime: 998.5, serverTimeAt: 0 });
    point(600);
    point(999);
    runFrames();
    const commits = plot().commits;
    // Four series shown (tool0 and bed, actual and target): one stroke each per paint.
    for (let t = 1; t <= 3; t++) {
      point(999 + t);
      vi.setSystemTime(t * 1000);
      runFrames();
    }
    expect(plot().commits).toBe(commits);
    expect(plot().tails).toBe(3 * 4);
    expect(c.draws).toBe(4);
    const drawsBefore = c.draws;
    // The 1 s idle tick does not even ask for a frame while no step has passed...
    vi.setSystemTime(3000);
    vi.advanceTimersByTime(1000);
    expect(frames).toHaveLength(0);
    runFrames();
    expect(plot().commits).toBe(commits);
    // ...and one whole redraw when it has (server time 1008.5).
    vi.setSystemTime(10_000);
    vi.advanceTimersByTime(1000);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(plot().commits).toBe(commits + 1);
    expect(c.draws).toBe(drawsBefore);
    c.destroy();
    vi.useRealTimers();
  });

  it('paints a point that arrives after a step on the scales shown, and moves the edge in a frame of its own', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(0);
    const { c, point, plot, store, settings } = setup();
    settings.setState({ chartMinutes: 5 });
    store.setState({ serverTime: 998.5, serverTimeAt: 0 });
    point(600);
    point(999);
    runFrames();
    const commits = plot().commits;
    const tails = plot().tails;
    // Server time 1008.5 has passed the edge at 1008; the new point (1005) lies inside the scales shown.
    vi.setSystemTime(10_000);
    point(1005);
    runFrames();
    expect(plot().commits).toBe(commits);
    expect(plot().tails).toBe(tails + 4);
    expect(frames).toHaveLength(0);
    vi.advanceTimersByTime(0);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(plot().commits).toBe(commits + 1);
    expect(plot().scales.x?.max).toBeGreaterThan(1008);
    c.destroy();
    vi.useRealTimers();
  });

  it('draws at most once per new point, and not at all while hidden', () => {
    const { c, point, plot } = setup();
    point(1000);
    runFrames();
    const painted = () => plot().commits + plot().tails / 4;
    const before = painted();
    for (let t = 1; t <= 10; t++) {
      point(1000 + t);
      runFrames();
      runFrames();
    }
    expect(painted() - before).toBeLessThanOrEqual(10);
    expect(c.draws).toBe(11);
    vi.stubGlobal('document', Object.assign(document, {}));
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    const hidden = painted();
    point(2000);
    runFrames();
    expect(painted()).toBe(hidden);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    c.destroy();
  });

  it('keeps the scales when a heater is toggled while paused (uPlot nulls them in setSeries)', () => {
    const { c, point, plot, settings } = setup();
    point(1000);
    runFrames();
    const y = plot().scales.y;
    settings.setState({ chartPaused: true });
    settings.setState({ hiddenHeaters: ['bed'] });
    expect(plot().shown).toEqual({ 1: true, 2: true, 3: false, 4: false });
    expect(plot().scales.y).toEqual(y);
    expect(plot().scales.y?.max).toBe(310);
    c.destroy();
  });

  it('hides and shows both lines of a heater from the legend toggles', () => {
    const { c, point, plot, settings } = setup();
    point(1000);
    runFrames();
    settings.setState({ hiddenHeaters: ['bed'] });
    expect(plot().shown).toEqual({ 1: true, 2: true, 3: false, 4: false });
    c.destroy();
  });

  it('scales y like OctoPrint: at least 310 °C, else 10 % above the highest value', () => {
    const s = new TemperatureSeries(8);
    s.append([{ time: 1, heaters: { tool0: { actual: 200, target: 290 } } }]);
    expect(yMaxOf(s)).toBe(320);
    expect(yMaxOf(new TemperatureSeries(8))).toBe(310);
  });
});
