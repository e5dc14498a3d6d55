// The chart's time window: fitted to the data up to the chosen limit, with a right edge that moves in whole steps.

/** A fitted window holds the data's span with this much room. */
const FIT_ROOM = 1.15;
/** Windows the fitted default steps through (minutes), so a fresh heat-up fills the plot instead of a sliver. */
const FIT_MINUTES = [5, 10, 15, 30, 60];
/**
 * The right edge moves by this many CSS pixels at a time: between moves a new point only adds its own segment. A step
 * is a whole redraw, so it must come rarely: at 48 px a 5-minute window on a 600 px plot steps every 24 s, not every
 * 8 s (at 16 px, the steps were the costliest updates of a print, its p95), and at most 48 px stay empty on the right.
 */
export const EDGE_STEP_PX = 48;

/**
 * The window to show: the smallest step that holds the data's span with some room, never more than `limitS` (the
 * server's cutoff or the user's choice). With `fit` off (the user picked a window) it is the limit itself.
 */
export function fittedWindowSeconds(limitS: number, spanS: number, fit: boolean): number {
  if (!fit) return limitS;
  for (const m of FIT_MINUTES) {
    const s = m * 60;
    if (s >= limitS) return limitS;
    if (spanS * FIT_ROOM <= s) return s;
  }
  return limitS;
}

/** Seconds the right edge moves at once: EDGE_STEP_PX of the plot's width. */
export function edgeStepSeconds(windowS: number, plotWidthPx: number): number {
  return (windowS * EDGE_STEP_PX) / Math.max(1, plotWidthPx);
}

/** The right edge for server time `now`: the next whole step after it, so the newest point is always in view. */
export function rightEdge(now: number, stepS: number): number {
  return (Math.floor(now / stepS) + 1) * stepS;
}

/** Readings further apart than this are not joined by a line: the link or the printer was down between them. */
export function gapSeconds(windowS: number): number {
  return Math.max(20, windowS / 120);
}

export interface ChartTarget {
  left: number;
  right: number;
  /** The window shown and the most it may be (seconds). */
  windowS: number;
  limitS: number;
  /** Seconds from `now` until the target can change with time alone: the edge's next step or a fit outgrown. */
  nextChange: number;
}

/**
 * The scales the plot should have at server time `now`: a window fitted to the data that starts at `first`. Until the
 * data fills it the window starts at the first point and new points walk into the empty part (nothing moves); then
 * the right edge follows server time in whole steps.
 */
export function chartTarget(
  now: number,
  first: number,
  limitS: number,
  fit: boolean,
  plotWidthPx: number,
): ChartTarget {
  const windowS = fittedWindowSeconds(limitS, now - first, fit);
  const stepS = edgeStepSeconds(windowS, plotWidthPx);
  const right = rightEdge(now, stepS);
  // The data outgrows a fitted window when its span no longer has the room: the next fit is larger.
  const outgrown = fit && windowS < limitS ? first + windowS / FIT_ROOM - now : Infinity;
  if (first + windowS >= right) {
    // Not full yet: nothing moves until the edge's step passes the window's end.
    const fullAt = Math.floor((first + windowS) / stepS) * stepS;
    return { left: first, right: first + windowS, windowS, limitS, nextChange: Math.min(fullAt - now, outgrown) };
  }
  return { left: right - windowS, right, windowS, limitS, nextChange: Math.min(right - now, outgrown) };
}
