// What the chart tells tests and the bench about its work, with no DOM write per draw: an attribute written with each
// new point was the first touch of the DOM in that update, about a sixth of a point's cost on a slow host.

export interface ChartStats {
  /** Points in the data the chart was last given. */
  readonly points: number;
  /** Draws caused by new data (a tail paint or a whole redraw). */
  readonly draws: number;
  /** Whole-plot redraws of any cause. */
  readonly fullDraws: number;
}

/** The chart host's read-only property that tests read (`el.chartStats`). */
const STATS_PROPERTY = 'chartStats';

declare global {
  interface Window {
    /** Set by a bench probe before the page's scripts: called after each data draw with the points drawn. */
    __octoprintLiveChartDrawn?: (points: number) => void;
  }
}

/** Defines `el.chartStats` once, read on demand; returns the cleanup. */
export function exposeStats(el: HTMLElement, read: () => ChartStats): () => void {
  Object.defineProperty(el, STATS_PROPERTY, { configurable: true, enumerable: false, get: read });
  return () => Reflect.deleteProperty(el, STATS_PROPERTY);
}

/** The stats a chart host exposes, or null for an element that is not one. */
export function statsOf(el: Element): ChartStats | null {
  return ((el as unknown as Record<string, unknown>)[STATS_PROPERTY] as ChartStats | undefined) ?? null;
}

/** Tells a probe, when one is installed, that a data draw happened (a property read when none is). */
export function noteDraw(points: number): void {
  window.__octoprintLiveChartDrawn?.(points);
}
