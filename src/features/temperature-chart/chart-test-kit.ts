// Test support for the chart controller: frames run by hand, the browser's observers stubbed, a controller on a series.
import { afterEach, beforeEach, vi } from 'vitest';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { createPreferencesStore } from '../../store/preferences-store.ts';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { ChartController } from './chart-controller.ts';
import { plots } from './uplot-stand-in.ts';

export let frames: FrameRequestCallback[] = [];
export let intersect: (entries: { isIntersecting: boolean }[]) => void = () => {};
export const runFrames = () => {
  const f = frames;
  frames = [];
  for (const cb of f) cb(0);
};

/** Registers the stubs around each test of the calling file. */
export function stubBrowser(): void {
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
}

export function setup() {
  const series = new TemperatureSeries(128);
  const store = createDashboardStore();
  const settings = createPreferencesStore(null);
  const el = document.createElement('div');
  const c = new ChartController(el, series, store, settings);
  const point = (t: number, extra: Record<string, { actual: number; target: number }> = {}) =>
    series.append([
      { time: t, heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 }, ...extra } },
    ]);
  return { c, el, series, store, settings, point, plot: () => plots[0] as (typeof plots)[number] };
}
