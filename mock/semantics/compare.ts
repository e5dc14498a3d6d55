// Compares what a socket saw in a window with what semantics.json recorded: the same message types (events by
// type) with the same counts; `current` counts only roughly (they follow the printer's chatter), some types optional.

export type Counts = Record<string, number>;

export interface CompareOptions {
  /** Types whose count follows timing (currents): both zero or both non-zero and within half to one and a half. */
  approx?: string[];
  /** Types a real server sends on some runs and not on others (left out of the comparison). */
  optional?: string[];
}

export function compareCounts(recorded: Counts, got: Counts, o: CompareOptions = {}): string[] {
  const approx = new Set(o.approx ?? ['current']);
  const optional = new Set(o.optional ?? []);
  const out: string[] = [];
  for (const type of new Set([...Object.keys(recorded), ...Object.keys(got)])) {
    if (optional.has(type)) continue;
    const want = recorded[type] ?? 0;
    const have = got[type] ?? 0;
    if (approx.has(type)) {
      const lo = Math.floor(want * 0.5);
      const hi = Math.ceil(want * 1.5) + 1;
      if ((want === 0) !== (have === 0) || have < lo || have > hi)
        out.push(`${type}: ${have}, recorded ${want} (${lo}..${hi})`);
    } else if (want !== have) out.push(`${type}: ${have}, recorded ${want}`);
  }
  return out.sort();
}

/** The recorded counts without the types that only follow from the recording's situation (`drop`). */
export function without(recorded: Counts, drop: string[]): Counts {
  return Object.fromEntries(Object.entries(recorded).filter(([k]) => !drop.includes(k)));
}
