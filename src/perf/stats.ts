// Small statistics helpers for the meter and the controller: quantiles and a time- and size-bounded window.

const numeric = (a: number, b: number) => a - b;

/** Linear-interpolated quantile (q in 0..1) of unsorted values; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  return at([...values].sort(numeric), q);
}

/** The p50 and p95 of unsorted values from one sort (the meter's figures, per update; plain arrays: at twenty values
 * a typed array's allocation costs more than the sort). */
export function quantiles(values: readonly number[]): { p50: number; p95: number } {
  const sorted = [...values].sort(numeric);
  return { p50: at(sorted, 0.5), p95: at(sorted, 0.95) };
}

function at(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  const b = sorted[Math.ceil(pos)] as number;
  return a + (b - a) * (pos - lo);
}

export interface Timed {
  at: number;
}

/** Keeps at most `size` items and none older than `maxAgeMs` (OctoPrint keeps 20 updates; age bounds stale load). */
export class SlidingWindow<T extends Timed> {
  private items: T[] = [];

  constructor(
    readonly size: number,
    readonly maxAgeMs: number,
  ) {}

  push(item: T): void {
    this.items.push(item);
    while (this.items.length > this.size) this.items.shift();
  }

  /** Items still inside the window at `now`. */
  current(now: number): readonly T[] {
    const limit = now - this.maxAgeMs;
    let drop = 0;
    while (drop < this.items.length && (this.items[drop] as T).at < limit) drop++;
    if (drop > 0) this.items.splice(0, drop);
    return this.items;
  }

  clear(): void {
    this.items = [];
  }
}
