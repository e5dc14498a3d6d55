// Detects a step of the server's clock (a Raspberry Pi without a real-time clock, then NTP, docs/octoprint-semantics.md §7).
import { t } from '../shared/i18n.ts';

/** Points this far behind the newest are a clock step, not the jitter of a repeated point. */
export const BACK_STEP_S = 5;
/**
 * Server time may run this much ahead of the client's elapsed time before it is noted as a step forward. A step forward
 * freezes nothing and drops no new point (older points age out of the window), so it is only noted, never restarts the
 * series: a mock printer at 240x speed behind a short outage looks the same and must lose nothing.
 */
export const FORWARD_SLACK_S = 600;

export interface ClockStep {
  /** Server time (new clock) of the first point after the step. */
  at: number;
  /** How far the server's clock moved beyond the time that passed, in seconds (negative = back). */
  delta: number;
}

/**
 * Compares a point's server time with the newest one, advanced by the client time that passed since it arrived.
 * Returns the step, or null when the point fits the clock the series runs on.
 */
export function clockStepOf(time: number, newest: number, newestAtMs: number, nowMs: number): ClockStep | null {
  const expected = newest + Math.max(0, nowMs - newestAtMs) / 1000;
  if (time < newest - BACK_STEP_S || time > expected + FORWARD_SLACK_S)
    return { at: time, delta: Math.round(time - expected) };
  return null;
}

function size(step: ClockStep): string {
  const s = Math.abs(step.delta);
  // Rounded to the minute first: a step measured as 3599 s is "1 h", not "60 min".
  const minutes = Math.round(s / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h${m ? ` ${m} min` : ''}` : m > 0 ? `${m} min` : `${s} s`;
}

/** The short label on the chart: "Clock −1 h". */
export function clockStepLabel(step: ClockStep): string {
  return t('clock.label', { sign: step.delta < 0 ? '−' : '+', size: size(step) });
}

/** The sentence for the event feed. */
export function describeClockStep(step: ClockStep): string {
  return step.delta < 0 ? t('clock.back', { size: size(step) }) : t('clock.forward', { size: size(step) });
}
