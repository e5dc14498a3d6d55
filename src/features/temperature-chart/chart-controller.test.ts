// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { runFrame } from '../../shared/frame-join.ts';
import { activateLocale } from '../../shared/i18n.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { createPreferencesStore } from '../../store/preferences-store.ts';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { ChartController } from './chart-controller.ts';
import { statsOf } from './chart-probe.ts';
import { frames, intersect, runFrames, setup, stubBrowser } from './chart-test-kit.ts';
import { EDGE_STEP_PX } from './chart-window.ts';
import UPlotStandIn, { plots } from './uplot-stand-in.ts';

vi.mock('uplot', () => import('./uplot-stand-in.ts'));
stubBrowser();

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

  it('a point delivered in a frame is drawn in that frame: no second frame is asked of the browser', () => {
    const { c, point, plot } = setup();
    runFrames();
    point(1000);
    runFrames();
    const drawn = plot().setData;
    runFrame(() => point(1001));
    expect(plot().setData).toBe(drawn + 1);
    expect(frames).toHaveLength(0);
    // Outside a frame (a timer, an event) the chart still asks for its own.
    point(1002);
    expect(plot().setData).toBe(drawn + 1);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(plot().setData).toBe(drawn + 2);
    c.destroy();
  });

  it('a draw joined to a frame does not run once the chart is destroyed', () => {
    const { c, point, plot } = setup();
    runFrames();
    const drawn = plot().setData;
    runFrame(() => {
      point(1000);
      c.destroy();
    });
    expect(plot().setData).toBe(drawn);
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
      expect(statsOf(el)).toMatchObject({ points: 3, draws: drawn + 1 });
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

  it('renames its series in a new language on the same uPlot, keeping its data, and redraws the axes once', async () => {
    const { c, point, plot } = setup();
    point(1000);
    runFrames();
    const uplot = (c as unknown as { plot: UPlotStandIn }).plot;
    const data = uplot.data;
    expect(uplot.series.map((s) => s.label)).toEqual([
      undefined,
      'Tool 0 actual',
      'Tool 0 target',
      'Bed actual',
      'Bed target',
    ]);
    await activateLocale('de');
    try {
      expect(uplot.series.map((s) => s.label)).toEqual([
        undefined,
        'Werkzeug 0 Ist',
        'Werkzeug 0 Ziel',
        'Bett Ist',
        'Bett Ziel',
      ]);
      expect(plots).toHaveLength(1);
      expect(uplot.data).toBe(data);
      expect(plot().redraws).toBe(1);
    } finally {
      await activateLocale('en');
      c.destroy();
    }
  });
});
