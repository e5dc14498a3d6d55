// Applies a frame's worth of `current` messages (or one `history`) to the store with a single setState.
import type { HeaterReading, Marking, StateSnapshot, TempPoint } from '../octoprint/types.ts';
import { heaterOrder } from '../shared/heaters.ts';
import type { DashboardState, DashboardStore, HeaterReadout } from './dashboard-store.ts';
import { jobViewOf, sameJob } from './job-view.ts';
import { mergeMarkings } from './markings.ts';
import { printerViewOf } from './printer-view.ts';

function round1(v: number | null | undefined): number | null {
  return v == null ? null : Math.round(v * 10) / 10;
}

/** Readouts from the newest point that has each heater; unchanged objects are kept so selectors stay stable. */
function nextHeaters(
  prev: DashboardState,
  temps: readonly TempPoint[],
): Pick<DashboardState, 'heaters' | 'heaterIds'> | null {
  const newest = new Map<string, HeaterReading>();
  for (let i = temps.length - 1; i >= 0; i--) {
    const p = temps[i] as TempPoint;
    for (const id of Object.keys(p.heaters)) if (!newest.has(id)) newest.set(id, p.heaters[id] as HeaterReading);
  }
  let heaters: Record<string, HeaterReadout> | null = null;
  for (const [id, r] of newest) {
    // A heater that has only ever reported nulls (OctoPrint's placeholder `chamber`) gets no readout.
    if (r.actual == null && !(id in prev.heaters)) continue;
    const actual = round1(r.actual);
    const target = round1(r.target);
    const old = prev.heaters[id];
    if (old && old.actual === actual && old.target === target) continue;
    heaters ??= { ...prev.heaters };
    heaters[id] = { actual, target };
  }
  if (!heaters) return null;
  const ids = Object.keys(heaters).sort(heaterOrder);
  const sameIds = ids.length === prev.heaterIds.length && ids.every((id, i) => prev.heaterIds[i] === id);
  return { heaters, heaterIds: sameIds ? prev.heaterIds : ids };
}

/** Every heater kept, with no value: the rows stay where they were and read "–". */
function noReadings(prev: DashboardState): Pick<DashboardState, 'heaters'> | null {
  if (prev.heaterIds.every((id) => prev.heaters[id]?.actual == null && prev.heaters[id]?.target == null)) return null;
  const heaters: Record<string, HeaterReadout> = {};
  for (const id of prev.heaterIds) heaters[id] = { actual: null, target: null };
  return { heaters };
}

/** Merges several snapshots: latest wins for state; all temps are considered for readouts. A `history` passes
 * `isHistory`: it carries no busy files, so those are kept. */
export function applySnapshots(
  store: DashboardStore,
  snaps: readonly StateSnapshot[],
  now: number,
  isHistory = false,
): void {
  const latest = snaps[snaps.length - 1];
  if (!latest) return;
  const prev = store.getState();
  const temps = snaps.length === 1 ? latest.temps : snaps.flatMap((s) => s.temps);
  const patch: Partial<DashboardState> = { lastUpdateAt: now };
  const printer = printerViewOf(prev.printer, latest, isHistory);
  if (printer !== prev.printer) patch.printer = printer;
  const off = printer.off;
  // A printer that is off has no temperatures: its last ones are not shown as if they were still true.
  const h = off ? noReadings(prev) : nextHeaters(prev, temps);
  if (h) Object.assign(patch, h);
  const job = jobViewOf(latest, now);
  if (!sameJob(prev.job, job)) patch.job = job;
  const markings = mergeMarkings(prev.markings, latest.markings, latest.serverTime);
  if (markings !== prev.markings) patch.markings = markings as Marking[];
  if (latest.serverTime !== null) {
    patch.serverTime = latest.serverTime;
    patch.serverTimeAt = now;
  }
  store.setState(patch);
}
