// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { createSettingsStore } from '../../store/settings-store.ts';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { ChartController, yMaxOf } from './chart-controller.ts';

// A recording stand-in for uPlot (jsdom has no canvas): the controller's contract is what it asks uPlot to do.
const plots = vi.hoisted(() => [] as { created: number; setData: number; addSeries: number[]; scales: Record<string, { min: number; max: number }>; shown: Record<number, boolean> }[]);
vi.mock('uplot', () => ({
  default: class {
    rec = { created: 1, setData: 0, addSeries: [] as number[], scales: {} as Record<string, { min: number; max: number }>, shown: {} as Record<number, boolean> };
    cursor = { idx: null };
    constructor() {
      plots.push(this.rec);
    }
    batch(fn: () => void) {
      fn();
    }
    setData() {
      this.rec.setData++;
    }
    setScale(k: string, v: { min: number; max: number }) {
      this.rec.scales[k] = v;
    }
    addSeries(_o: unknown, i: number) {
      this.rec.addSeries.push(i);
    }
    setSeries(i: number, o: { show: boolean }) {
      this.rec.shown[i] = o.show;
    }
    setLegend() {}
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
  vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
  vi.stubGlobal('IntersectionObserver', class {
    constructor(cb: typeof intersect) {
      intersect = cb;
    }
    observe() {}
    disconnect() {}
  });
  vi.stubGlobal('matchMedia', () => ({ addEventListener() {}, removeEventListener() {} }));
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const series = new TemperatureSeries(128);
  const store = createDashboardStore();
  const settings = createSettingsStore(null);
  const c = new ChartController(document.createElement('div'), series, store, settings);
  const point = (t: number, extra: Record<string, { actual: number; target: number }> = {}) =>
    series.append([{ time: t, heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 }, ...extra } }]);
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
      const c = new ChartController(el, series, createDashboardStore(), createSettingsStore(null), () => 2000);
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

  it("puts the right edge at server time plus the client time since, over the chosen window", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(50_000);
    const { c, point, plot, store, settings } = setup();
    store.setState({ serverTime: 2000, serverTimeAt: 50_000 });
    point(1990);
    runFrames();
    expect(plot().scales.x).toEqual({ min: 2000 - 30 * 60, max: 2000 });
    vi.setSystemTime(53_000);
    settings.setState({ chartMinutes: 5 });
    runFrames();
    expect(plot().scales.x).toEqual({ min: 2003 - 5 * 60, max: 2003 });
    c.destroy();
    vi.useRealTimers();
  });

  it('hides and shows both lines of a heater from the legend toggles', () => {
    const { c, point, plot, settings } = setup();
    point(1000);
    runFrames();
    settings.setState({ hiddenHeaters: ['bed'] });
    expect(plot().shown).toEqual({ 1: true, 2: true, 3: false, 4: false });
    c.destroy();
  });

  it("scales y like OctoPrint: at least 310 °C, else 10 % above the highest value", () => {
    const s = new TemperatureSeries(8);
    s.append([{ time: 1, heaters: { tool0: { actual: 200, target: 290 } } }]);
    expect(yMaxOf(s)).toBe(320);
    expect(yMaxOf(new TemperatureSeries(8))).toBe(310);
  });
});
