// Turns a snapshot's job/progress into the displayed JobView, keeping the previous object when nothing visible changed.
import type { StateSnapshot } from '../octoprint/types.ts';
import type { JobView } from './dashboard-store.ts';

function round(v: number | null, step: number): number | null {
  return v == null ? null : Math.round(v / step) * step;
}

/** Filament length over all tools; OctoPrint sends `{tool0: {length, volume}}`, a flat reset shape, or null. */
export function filamentLength(filament: Record<string, unknown> | null): number | null {
  if (!filament) return null;
  let total = 0;
  let any = false;
  for (const key of Object.keys(filament)) {
    const tool = filament[key];
    if (typeof tool !== 'object' || tool === null) continue;
    const len = (tool as Record<string, unknown>).length;
    if (typeof len === 'number' && Number.isFinite(len)) {
      total += len;
      any = true;
    }
  }
  return any ? total : null;
}

export function jobViewOf(s: StateSnapshot, now: number): JobView {
  const f = s.job.file;
  return {
    fileName: f.display ?? f.name ?? f.path ?? null,
    fileOrigin: f.origin,
    completion: round(s.progress.completion, 0.1),
    printTime: s.progress.printTime,
    printTimeLeft: s.progress.printTimeLeft,
    printTimeLeftOrigin: s.progress.printTimeLeftOrigin,
    estimatedPrintTime: round(s.job.estimatedPrintTime, 1),
    finishAt:
      s.progress.printTimeLeft == null ? null : Math.round((now + s.progress.printTimeLeft * 1000) / 60_000) * 60_000,
    filamentMm: round(filamentLength(s.job.filament), 0.1),
    currentZ: round(s.currentZ, 0.01),
  };
}

export function sameJob(a: JobView, b: JobView): boolean {
  for (const k of Object.keys(a) as (keyof JobView)[]) if (a[k] !== b[k]) return false;
  return true;
}
