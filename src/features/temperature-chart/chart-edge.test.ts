// @vitest-environment jsdom
// The chart's right edge, its tail paints, the legend toggles and the y scale.
import { describe, expect, it, vi } from 'vitest';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { statsOf } from './chart-probe.ts';
import { yMaxOf } from './chart-scales.ts';
import { frames, runFrames, setup, stubBrowser } from './chart-test-kit.ts';

vi.mock('uplot', () => import('./uplot-stand-in.ts'));
stubBrowser();

describe('ChartController: the edge, the tail and the legend', () => {
  it('paints only the new segments while the edge stays, and redraws the whole plot once when it steps', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(0);
    const { c, el, point, plot, store, settings } = setup();
    // A chosen 5-minute window over older data scrolls; its steps on a 1000 px plot are 14.4 s: the edge is at 1008
    // from 993.6 on.
    settings.setState({ chartMinutes: 5 });
    store.setState({ serverTime: 998.5, serverTimeAt: 0 });
    point(600);
    point(999);
    runFrames();
    const commits = plot().commits;
    // A tail paint touches nothing of the DOM (not even a test attribute): a probe hears of it through its hook.
    const mutations = new MutationObserver(() => undefined);
    mutations.observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
    const heard: number[] = [];
    vi.stubGlobal('__octoprintLiveChartDrawn', (points: number) => heard.push(points));
    // Four series shown (tool0 and bed, actual and target): one stroke each per paint.
    for (let t = 1; t <= 3; t++) {
      point(999 + t);
      vi.advanceTimersByTime(1000);
      runFrames();
    }
    expect(plot().commits).toBe(commits);
    expect(plot().tails).toBe(3 * 4);
    expect(c.draws).toBe(4);
    expect(mutations.takeRecords()).toEqual([]);
    expect(heard).toEqual([3, 4, 5]);
    expect(statsOf(el)).toEqual({ points: 5, draws: 4, fullDraws: c.fullDraws });
    const drawsBefore = c.draws;
    // The idle check does not even ask for a frame while no step has passed (server time 1001.5 to 1007.9)...
    vi.advanceTimersByTime(6400);
    expect(frames).toHaveLength(0);
    runFrames();
    expect(plot().commits).toBe(commits);
    // ...and one whole redraw when it has (server time 1008 and a little).
    vi.advanceTimersByTime(200);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(plot().commits).toBe(commits + 1);
    expect(c.draws).toBe(drawsBefore);
    c.destroy();
    vi.useRealTimers();
  });

  it('draws a reading that came in the same second as the last one drawn (a new target is reported at once)', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(0);
    const { c, point, plot, store, settings } = setup();
    settings.setState({ chartMinutes: 5 });
    store.setState({ serverTime: 998.5, serverTimeAt: 0 });
    point(600);
    point(999);
    runFrames();
    point(1000);
    runFrames();
    const tails = plot().tails;
    // The same second again, the tool's target now 200: its line rises at that column.
    point(1000, { tool0: { actual: 20, target: 200 } });
    runFrames();
    expect(plot().tails).toBe(tails + 1);
    c.destroy();
    vi.useRealTimers();
  });

  it('while no data comes, wakes only when the edge has a step to make, not every second', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(0);
    const { c, point, store, settings } = setup();
    // Steps of 14.4 s (a 5-minute window on a 1000 px plot): every wake is a step and asks for one frame.
    settings.setState({ chartMinutes: 5 });
    store.setState({ serverTime: 998.5, serverTimeAt: 0 });
    point(600);
    point(999);
    runFrames();
    let wakes = 0;
    let asked = 0;
    while (Date.now() < 60_000) {
      vi.advanceTimersToNextTimer();
      wakes++;
      asked += frames.length;
      runFrames();
    }
    expect(wakes).toBe(5);
    expect(asked).toBe(wakes);
    c.destroy();
    vi.useRealTimers();
  });

  it('paints a point that arrives after a step on the scales shown, and moves the edge in a frame of its own', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
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
