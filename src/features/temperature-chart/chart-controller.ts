// Drives one uPlot instance outside React: created once, setData at most once a frame, nothing while hidden or paused.
import uPlot from 'uplot';
import type { DashboardStore } from '../../store/dashboard-store.ts';
import { chartWindowSeconds, type SettingsStore } from '../../store/settings-store.ts';
import type { TemperatureSeries } from '../../store/temperature-series.ts';
import { buildOptions, heaterSeries, offlineGaps } from './chart-options.ts';

/** The axis keeps moving with server time while no data arrives. */
const IDLE_TICK_MS = 1000;

export function yMaxOf(series: TemperatureSeries): number {
  let max = 0;
  const n = series.length;
  for (const col of [...series.actual, ...series.target]) {
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v > max) max = v;
    }
  }
  // OctoPrint's rule: at least 310 °C, or 10 % above the highest value.
  return Math.max(310, Math.ceil((max * 1.1) / 10) * 10);
}

/** Server "now" in epoch seconds: the newest serverTime plus the client time since it arrived. */
export function serverNow(store: DashboardStore, clientNow: number, series: TemperatureSeries): number {
  const s = store.getState();
  if (s.serverTime !== null) return s.serverTime + Math.max(0, clientNow - s.serverTimeAt) / 1000;
  return series.lastTime ?? clientNow / 1000;
}

export class ChartController {
  private readonly plot: uPlot;
  private heaters: readonly string[] = [];
  private frame = 0;
  private visible = true;
  private drawnVersion = -1;
  private yMax = 310;
  private readonly cleanups: (() => void)[] = [];
  /** Breaks every line where the printer was off (one refiner shared by all series). */
  private readonly offline = { gaps: offlineGaps(() => this.series.gapRows()), endsInGap: () => this.series.endsInGap };
  /** How many times setData ran: read by tests and the perf HUD. */
  draws = 0;

  private refreshColor: () => void = () => {};
  private lastDataDraw = 0;
  private cadenceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly el: HTMLElement,
    private readonly series: TemperatureSeries,
    private readonly store: DashboardStore,
    private readonly settings: SettingsStore,
    /** The render-cost controller's redraw floor for new data (ms; 0 = every frame): a fidelity step. */
    private readonly minIntervalMs: () => number = () => 0,
  ) {
    // The axis colour follows the theme. Read once and again on a theme change, never while drawing: a
    // getComputedStyle in the draw forced a style recalculation of the page in every chart frame.
    const readColor = () => getComputedStyle(el).color || '#888';
    let axisColor = readColor();
    this.refreshColor = () => {
      axisColor = readColor();
    };
    const look = { axisColor: () => axisColor, markings: () => store.getState().markings };
    this.plot = new uPlot(buildOptions(this.width(), this.height(), look), [[]], el);
    this.cleanups.push(series.subscribe(() => this.schedule()));
    this.cleanups.push(store.subscribe((s, p) => s.markings !== p.markings && this.schedule(true)));
    this.cleanups.push(
      settings.subscribe((s, p) => {
        if (s.hiddenHeaters !== p.hiddenHeaters) this.applyVisibility();
        if (s.chartPaused !== p.chartPaused || s.chartMinutes !== p.chartMinutes || s.serverCutoff !== p.serverCutoff) this.schedule(true);
      }),
    );
    const ro = new ResizeObserver(() => this.plot.setSize({ width: this.width(), height: this.height() }));
    ro.observe(el);
    const io = new IntersectionObserver(([entry]) => {
      this.visible = entry?.isIntersecting ?? true;
      if (this.visible) this.schedule(true);
    });
    io.observe(el);
    const onVisibility = () => !document.hidden && this.schedule(true);
    document.addEventListener('visibilitychange', onVisibility);
    // The theme changes the axis colour; uPlot reads it at draw time, so a redraw is enough.
    const themeQuery = matchMedia('(prefers-color-scheme: dark)');
    const onTheme = () => {
      this.refreshColor();
      this.plot.redraw(false, true);
    };
    themeQuery.addEventListener('change', onTheme);
    const themeObserver = new MutationObserver(onTheme);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const tick = setInterval(() => this.schedule(true), IDLE_TICK_MS);
    this.cleanups.push(() => {
      ro.disconnect();
      io.disconnect();
      themeObserver.disconnect();
      themeQuery.removeEventListener('change', onTheme);
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(tick);
    });
    this.schedule(true);
  }

  private width(): number {
    return Math.max(200, this.el.clientWidth);
  }

  /** Height follows width (never the element's own height), so a resize cannot feed back into itself. */
  private height(): number {
    const viewport = typeof innerHeight === 'number' ? innerHeight * 0.5 : 360;
    return Math.round(Math.max(170, Math.min(360, this.width() * 0.42, viewport)));
  }

  private force = false;

  private schedule(force = false): void {
    if (force) this.force = true;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const settings = this.settings.getState();
    if (!this.visible || document.hidden || settings.chartPaused) return;
    const dataChanged = this.drawnVersion !== this.series.version;
    if (!dataChanged && !this.force) return;
    const wait = this.lastDataDraw + this.minIntervalMs() - Date.now();
    if (dataChanged && wait > 0) {
      // At a lower fidelity new points wait for the cadence; the series keeps them all meanwhile.
      this.cadenceTimer ??= setTimeout(() => {
        this.cadenceTimer = null;
        this.schedule();
      }, wait);
      return;
    }
    this.force = false;
    const p = this.plot;
    const right = serverNow(this.store, Date.now(), this.series);
    const windowS = chartWindowSeconds(settings);
    p.batch(() => {
      if (this.series.heaters !== this.heaters) this.addHeaters();
      if (dataChanged) {
        this.drawnVersion = this.series.version;
        const view = this.series.view();
        const data: uPlot.AlignedData = [view.times];
        for (let h = 0; h < view.heaters.length; h++) data.push(view.actual[h] as Float64Array, view.target[h] as Float64Array);
        p.setData(data, false);
        // With the cursor away, the legend shows the newest values; uPlot refreshes it only on cursor moves.
        if (p.cursor.idx == null) p.setLegend({ idx: null as unknown as number });
        this.lastDataDraw = Date.now();
        this.yMax = yMaxOf(this.series);
        this.draws++;
        this.el.dataset.points = String(view.times.length);
      }
      p.setScale('x', { min: right - windowS, max: right });
      p.setScale('y', { min: 0, max: this.yMax });
    });
    this.el.dataset.windowMinutes = String(windowS / 60);
    this.el.dataset.markings = String(this.store.getState().markings.length);
  }

  /** New heaters join as series in place (uPlot.addSeries), so the chart is never rebuilt. */
  private addHeaters(): void {
    const hidden = this.settings.getState().hiddenHeaters;
    this.series.heaters.forEach((id, h) => {
      if (this.heaters.includes(id)) return;
      const [actual, target] = heaterSeries(id, !hidden.includes(id), this.offline);
      this.plot.addSeries(actual, 1 + 2 * h);
      this.plot.addSeries(target, 2 + 2 * h);
    });
    this.heaters = this.series.heaters;
    this.el.dataset.heaters = this.heaters.join(' ');
  }

  private applyVisibility(): void {
    const hidden = this.settings.getState().hiddenHeaters;
    this.heaters.forEach((id, h) => {
      const show = !hidden.includes(id);
      this.plot.setSeries(1 + 2 * h, { show });
      this.plot.setSeries(2 + 2 * h, { show });
    });
  }

  destroy(): void {
    for (const c of this.cleanups) c();
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.cadenceTimer) clearTimeout(this.cadenceTimer);
    this.plot.destroy();
  }
}
