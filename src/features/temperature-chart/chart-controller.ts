// Drives one uPlot instance outside React: a new point paints only its own segments; the whole plot is redrawn only
// when the right edge steps, the y scale or the heaters change; nothing at all while hidden, paused or off-screen.
import uPlot from 'uplot';
import { joinFrame } from '../../shared/frame-join.ts';
import { languageStore } from '../../shared/i18n.ts';
import type { DashboardStore } from '../../store/dashboard-store.ts';
import { chartWindowSeconds, type PreferencesStore } from '../../store/preferences-store.ts';
import type { TemperatureSeries } from '../../store/temperature-series.ts';
import { readChartColors } from './chart-colors.ts';
import { buildOptions, heaterSeries, offlineGaps, seriesLabels } from './chart-options.ts';
import { exposeStats, noteDraw } from './chart-probe.ts';
import { serverNow, yMaxTracker } from './chart-scales.ts';
import { chartTarget, gapSeconds, type ChartTarget } from './chart-window.ts';
import { NOTHING_DRAWN, newestRow, rowOf, type DrawnRow } from './drawn-row.ts';
import { paintTail } from './tail-painter.ts';

/**
 * While no data arrives the edge is checked again when its next step is due, not every second (a 30-minute window
 * steps every 72 s on a 1200 px plot): within these bounds, the longer one for a server clock that drifts.
 */
const IDLE_MIN_MS = 250;
const IDLE_MAX_MS = 30_000;
/** `frame` while a draw waits in the frame being run (joined, not requested from the browser). */
const JOINED = -1;

export class ChartController {
  private readonly plot: uPlot;
  private heaters: readonly string[] = [];
  private frame = 0;
  private visible = true;
  private force = false;
  private drawnVersion = -1;
  /** What the canvas shows: the scales and the newest row drawn (a tail paint starts from it). */
  private shown = { left: 0, right: 0, yMax: 0, last: NOTHING_DRAWN };
  private readonly yMaxOf = yMaxTracker();
  private readonly cleanups: (() => void)[] = [];
  private readonly colors = { axis: '#888', states: {} as Record<string, string> };
  /** Breaks every line where the printer was off or readings are far apart (one refiner shared by all series). */
  private readonly offline = {
    gaps: offlineGaps(
      () => this.series.gapRows(),
      () => gapSeconds(this.shown.right - this.shown.left),
    ),
    endsInGap: () => this.series.endsInGap,
  };
  /**
   * Draws caused by new data (a tail paint or a full redraw), full redraws of any cause, and the points last given to
   * uPlot: read by tests (`el.chartStats`, chart-probe.ts).
   */
  draws = 0;
  fullDraws = 0;
  points = 0;
  private lastDataDraw = 0;
  private cadenceTimer: ReturnType<typeof setTimeout> | null = null;
  private moveTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly el: HTMLElement,
    private readonly series: TemperatureSeries,
    private readonly store: DashboardStore,
    private readonly settings: PreferencesStore,
    /** The render-cost controller's redraw floor for new data (ms; 0 = every frame): a fidelity step. */
    private readonly minIntervalMs: () => number = () => 0,
    /** The dashboard's clock: the window's right edge follows it (a replay's is the recorded time, not today's). */
    private readonly clock: () => number = Date.now,
  ) {
    // Colours follow the theme: read once and again on a theme change, never while drawing (a getComputedStyle in
    // the draw forced a style recalculation of the page in every chart frame).
    const readColors = () => Object.assign(this.colors, readChartColors(el));
    readColors();
    const look = {
      axisColor: () => this.colors.axis,
      stateColor: (k: string) => this.colors.states[k],
      markings: () => store.getState().markings,
    };
    this.plot = new uPlot(buildOptions(this.width(), this.height(), look), [[]], el);
    this.cleanups.push(series.subscribe(() => this.schedule()));
    this.cleanups.push(store.subscribe((s, p) => s.markings !== p.markings && this.schedule(true)));
    // A new language renames the series and redraws the time axis and the markings' flags, on the same uPlot.
    this.cleanups.push(languageStore.subscribe((s, p) => s.active !== p.active && this.relabel()));
    this.cleanups.push(
      settings.subscribe((s, p) => {
        if (s.hiddenHeaters !== p.hiddenHeaters) this.applyVisibility();
        if (s.chartPaused !== p.chartPaused || s.chartMinutes !== p.chartMinutes || s.serverCutoff !== p.serverCutoff)
          this.schedule(true);
      }),
    );
    const ro = new ResizeObserver(() => {
      this.plot.setSize({ width: this.width(), height: this.height() });
      this.schedule(true);
    });
    ro.observe(el);
    const io = new IntersectionObserver(([entry]) => {
      this.visible = entry?.isIntersecting ?? true;
      if (this.visible) this.schedule(true);
    });
    io.observe(el);
    const onVisibility = () => !document.hidden && this.schedule(true);
    document.addEventListener('visibilitychange', onVisibility);
    const themeQuery = matchMedia('(prefers-color-scheme: dark)');
    const onTheme = () => {
      readColors();
      this.schedule(true);
    };
    themeQuery.addEventListener('change', onTheme);
    const themeObserver = new MutationObserver(onTheme);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.armIdle();
    this.cleanups.push(exposeStats(el, () => ({ points: this.points, draws: this.draws, fullDraws: this.fullDraws })));
    this.cleanups.push(() => {
      ro.disconnect();
      io.disconnect();
      themeObserver.disconnect();
      themeQuery.removeEventListener('change', onTheme);
      document.removeEventListener('visibilitychange', onVisibility);
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

  private schedule(force = false): void {
    if (force) this.force = true;
    if (this.frame) return;
    // A point that arrives in a delivery frame is drawn in that frame, not the next one (a second style, paint and
    // commit pass per message).
    const joined = joinFrame(() => this.frame === JOINED && this.draw());
    this.frame = joined ? JOINED : requestAnimationFrame(() => this.draw());
  }

  /** The scales the plot should have now (`chartTarget`), for the plot's width and the server's time. */
  private target(): ChartTarget {
    const settings = this.settings.getState();
    const now = serverNow(this.store, this.clock(), this.series);
    const first = this.series.length > 0 ? (this.series.times[0] as number) : now;
    const width = this.plot.bbox?.width ? this.plot.bbox.width / uPlot.pxRatio : this.width();
    return chartTarget(now, first, chartWindowSeconds(settings), settings.chartMinutes === null, width);
  }

  /** No frame is even requested until the edge has a step to make (a frame costs the page a commit). */
  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const due = this.target().nextChange * 1000;
    this.idleTimer = setTimeout(
      () => {
        this.idleTimer = null;
        const t = this.target();
        if (t.left !== this.shown.left || t.right !== this.shown.right) this.schedule();
        this.armIdle();
      },
      Math.min(IDLE_MAX_MS, Math.max(IDLE_MIN_MS, due + 20)),
    );
  }

  private draw(): void {
    this.frame = 0;
    if (!this.visible || document.hidden || this.settings.getState().chartPaused) return;
    const dataChanged = this.drawnVersion !== this.series.version;
    const wait = this.lastDataDraw + this.minIntervalMs() - Date.now();
    if (dataChanged && wait > 0) {
      // At a lower fidelity new points wait for the cadence; the series keeps them all meanwhile.
      this.cadenceTimer ??= setTimeout(() => {
        this.cadenceTimer = null;
        this.schedule();
      }, wait);
      return;
    }
    const t = this.target();
    const p = this.plot;
    const yMax = dataChanged ? this.yMaxOf(this.series) : this.shown.yMax;
    const moved = t.left !== this.shown.left || t.right !== this.shown.right || yMax !== this.shown.yMax;
    if (!dataChanged && !moved && !this.force) return;
    const heatersChanged = this.series.heaters !== this.heaters;
    // The tail starts at the newest row already drawn; a series that restarted or lost it needs the whole plot.
    const from = dataChanged ? rowOf(this.series.times, this.series.length, this.shown.last) : -1;
    if (dataChanged) {
      this.drawnVersion = this.series.version;
      const view = this.series.view();
      const data: uPlot.AlignedData = [view.times];
      for (let h = 0; h < view.heaters.length; h++)
        data.push(view.actual[h] as Float64Array, view.target[h] as Float64Array);
      // Without resetting scales setData only swaps the arrays: the paint below or the redraw decides what is drawn.
      p.setData(data, false);
      this.lastDataDraw = Date.now();
      this.draws++;
      this.points = view.times.length;
      noteDraw(this.points);
    }
    const newest = this.series.lastTime ?? Number.NaN;
    // The edge stepping or the window growing is caused by time passing, not by the point: in a data frame the
    // point is painted on the scales already shown (it lies inside them) and the move gets a frame of its own. So
    // an update costs the same every time, and the throttle loop, which prices updates, is not fed time's redraws.
    const timeOnly = dataChanged && moved && yMax === this.shown.yMax && newest <= this.shown.right;
    if (timeOnly && !this.force && !heatersChanged && from >= 0) {
      paintTail(p, from, gapSeconds(t.windowS), uPlot.pxRatio);
      this.shown.last = this.newestRow();
      this.moveTimer ??= setTimeout(() => {
        this.moveTimer = null;
        this.schedule();
      }, 0);
      return;
    }
    if (this.force || moved || heatersChanged || from < 0) {
      this.force = false;
      this.shown = { left: t.left, right: t.right, yMax, last: this.newestRow() };
      p.batch(() => {
        if (heatersChanged) this.addHeaters();
        p.setScale('x', { min: t.left, max: t.right });
        p.setScale('y', { min: 0, max: yMax });
      });
      this.fullDraws++;
      this.el.dataset.fullDraws = String(this.fullDraws);
      this.el.dataset.windowMinutes = String(t.limitS / 60);
      this.el.dataset.fittedMinutes = String(t.windowS / 60);
      this.el.dataset.markings = String(this.store.getState().markings.length);
      // New scales or a new width bring a new step: the idle check follows them.
      this.armIdle();
    } else {
      paintTail(p, from, gapSeconds(t.windowS), uPlot.pxRatio);
      this.shown.last = this.newestRow();
    }
  }

  /** The series' newest row, as the tail's next start once it is drawn. */
  private newestRow(): DrawnRow {
    return newestRow(this.series.times, this.series.length);
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

  /**
   * uPlot's setSeries resets the series' scale to null (it expects auto scales), which blanked the plot, axes and all,
   * until the next draw set it again: while paused that never came. The scales are set back in the same batch.
   */
  private applyVisibility(): void {
    const hidden = this.settings.getState().hiddenHeaters;
    const p = this.plot;
    p.batch(() => {
      this.heaters.forEach((id, h) => {
        const show = !hidden.includes(id);
        p.setSeries(1 + 2 * h, { show });
        p.setSeries(2 + 2 * h, { show });
      });
      if (this.shown.right > 0) {
        p.setScale('x', { min: this.shown.left, max: this.shown.right });
        p.setScale('y', { min: 0, max: this.shown.yMax });
      }
    });
    this.fullDraws++;
  }

  /** The series' names in the active language (uPlot keeps its series objects: the tooltip reads them), then a redraw. */
  private relabel(): void {
    this.heaters.forEach((id, h) => {
      const [actual, target] = seriesLabels(id);
      const a = this.plot.series[1 + 2 * h];
      const b = this.plot.series[2 + 2 * h];
      if (a) a.label = actual;
      if (b) b.label = target;
    });
    // The same scales would not make uPlot format its time ticks again: recalculate the axes (rare, one draw).
    this.plot.redraw(false, true);
    this.fullDraws++;
  }

  destroy(): void {
    for (const c of this.cleanups) c();
    if (this.frame > 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.cadenceTimer) clearTimeout(this.cadenceTimer);
    if (this.moveTimer) clearTimeout(this.moveTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.plot.destroy();
  }
}
