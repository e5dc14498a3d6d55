// What a temperature point from the server says: whether it carries a reading, and whether two are the same.
import type { TempPoint } from '../octoprint/types.ts';

/** Same time and the same readings for every heater. */
export function samePoint(a: TempPoint, b: TempPoint): boolean {
  if (a.time !== b.time) return false;
  const ids = Object.keys(a.heaters);
  if (ids.length !== Object.keys(b.heaters).length) return false;
  return ids.every(
    (id) => a.heaters[id]?.actual === b.heaters[id]?.actual && a.heaters[id]?.target === b.heaters[id]?.target,
  );
}

/** The newest point that carries a temperature (not a printer-off point); null when none does. */
export function lastReading(points: readonly TempPoint[]): TempPoint | null {
  for (let i = points.length - 1; i >= 0; i--) if (hasReading(points[i] as TempPoint)) return points[i] as TempPoint;
  return null;
}

/** Whether a point carries a temperature: an offline point has no heater with a reading. */
export function hasReading(p: TempPoint): boolean {
  for (const id in p.heaters) if (p.heaters[id]?.actual != null) return true;
  return false;
}
