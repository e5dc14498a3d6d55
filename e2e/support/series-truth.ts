// Compares the page's temperature series with the mock's truth on the window the page holds: same count, same times,
// same values, same order. Returns '' when they agree, else a short description of the first differences.
import type { TempPointJson } from '../../mock/printer/types.ts';
import type { SeriesSnapshot } from '../../src/app/test-api.ts';

type Reading = { actual: number | null; target: number | null };

function reading(p: TempPointJson, id: string): Reading | null {
  const v = p[id];
  return typeof v === 'object' && v !== null ? v : null;
}

/** Points that carry a temperature (OctoPrint's bare `{time}` points when the port closes carry none). */
function hasReading(p: TempPointJson): boolean {
  return Object.entries(p).some(([k, v]) => k !== 'time' && typeof v === 'object' && v !== null && v.actual != null);
}

export interface Comparison {
  /** '' when equal. */
  diff: string;
  compared: number;
  missing: number;
  extra: number;
}

/**
 * The truth from where the page's series begins: when its first point is the first reading after the server's backlog
 * started afresh (`clears`, indexes into `truth`), readings before that are not the page's to hold, even in that second.
 */
function truthFrom(
  truth: readonly TempPointJson[],
  clears: readonly number[],
  first: number,
): readonly TempPointJson[] {
  for (let c = clears.length - 1; c >= 0; c--) {
    const at = clears[c] as number;
    const next = truth.slice(at).find(hasReading);
    if (next?.time === first) return truth.slice(at);
  }
  return truth;
}

export function compareWithTruth(
  series: SeriesSnapshot,
  allTruth: readonly TempPointJson[],
  clears: readonly number[] = [],
): Comparison {
  const n = series.times.length;
  if (n === 0) return { diff: 'the page holds no points', compared: 0, missing: 0, extra: 0 };
  const first = series.times[0] as number;
  const last = series.times[n - 1] as number;
  const truth = truthFrom(allTruth, clears, first);
  const expected = truth.filter((p) => hasReading(p) && p.time >= first && p.time <= last);
  const problems: string[] = [];
  // Count by second: a missing or duplicated point shows as a difference at its second.
  const bySecond = new Map<number, number>();
  for (const t of series.times) bySecond.set(t, (bySecond.get(t) ?? 0) + 1);
  for (const p of expected) bySecond.set(p.time, (bySecond.get(p.time) ?? 0) - 1);
  let missing = 0;
  let extra = 0;
  for (const [t, d] of bySecond) {
    if (d < 0) missing -= d;
    if (d > 0) extra += d;
    if (d !== 0 && problems.length < 5) problems.push(`${d > 0 ? `${d} extra` : `${-d} missing`} at ${t}`);
  }
  if (expected.length !== n) problems.unshift(`count ${n} != truth ${expected.length}`);
  const heaters = new Set(Object.keys(series.heaters));
  for (const p of expected) {
    for (const [id, v] of Object.entries(p)) {
      if (id !== 'time' && typeof v === 'object' && v?.actual != null && !heaters.has(id))
        problems.push(`heater ${id} missing`);
    }
  }
  if (problems.length === 0) {
    for (let i = 0; i < n && problems.length < 5; i++) {
      const p = expected[i] as TempPointJson;
      if (series.times[i] !== p.time) problems.push(`time[${i}] ${series.times[i]} != ${p.time}`);
      for (const id of heaters) {
        const r = reading(p, id);
        const col = series.heaters[id];
        const a = col?.actual[i] ?? null;
        const t = col?.target[i] ?? null;
        if (a !== (r?.actual ?? null) || t !== (r?.target ?? null)) {
          problems.push(`${id}[${i}] at ${p.time}: ${a}/${t} != ${r?.actual ?? null}/${r?.target ?? null}`);
        }
      }
    }
  }
  // Where the page's window lies tells a point lost inside it from one still on its way at its newest second; the
  // readings around its first second tell a start cut inside a second (a rare flake) from a point lost later.
  const diff = problems.length
    ? `${[...new Set(problems)].join('; ')} (page holds ${first}..${last}; ${startOf(series, truth, first)})`
    : '';
  return { diff, compared: n, missing, extra };
}

/** The seconds around the page's first one: how many readings the truth and the page hold at each. */
function startOf(series: SeriesSnapshot, truth: readonly TempPointJson[], first: number): string {
  const readings = truth.filter(hasReading);
  const at = readings.findIndex((p) => p.time >= first);
  const near = readings.slice(Math.max(0, at - 3), at + 4).map((p) => p.time);
  const tally = (times: readonly number[]) => {
    const m = new Map<number, number>();
    for (const t of times) m.set(t, (m.get(t) ?? 0) + 1);
    return [...m].map(([t, n]) => (n > 1 ? `${t}x${n}` : `${t}`)).join(',');
  };
  return `truth ${at} readings before the page's first, near it ${tally(near)}; page starts ${tally(series.times.slice(0, 6))}`;
}
