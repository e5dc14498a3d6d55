// Small statistics helpers for the meter and the controller: quantiles and a time- and size-bounded window.

const self = (x: number) => x;

/** One scratch buffer for every sort: these run per update, and a copy per call was a share of the page's garbage. */
let scratch = new Float64Array(64);

/** `get(items[i])` for every item, sorted ascending into the shared scratch buffer; returns how many. */
function sortInto<T>(items: readonly T[], get: (x: T) => number): number {
  const n = items.length;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  // Insertion sort: the windows hold about twenty values, where it beats a general sort and allocates nothing.
  for (let i = 0; i < n; i++) {
    const v = get(items[i] as T);
    let j = i - 1;
    while (j >= 0 && (scratch[j] as number) > v) {
      scratch[j + 1] = scratch[j] as number;
      j--;
    }
    scratch[j + 1] = v;
  }
  return n;
}

/** Linear-interpolated quantile (q in 0..1) of unsorted values; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  return at(scratch, sortInto(values, self), q);
}

/** The p50 and p95 of unsorted values (or of `get` of each item) from one sort, with no copy of the values. */
export function quantiles(values: readonly number[]): { p50: number; p95: number };
export function quantiles<T>(items: readonly T[], get: (x: T) => number): { p50: number; p95: number };
export function quantiles<T>(items: readonly T[], get?: (x: T) => number): { p50: number; p95: number } {
  const n = sortInto(items, get ?? (self as unknown as (x: T) => number));
  return { p50: at(scratch, n, 0.5), p95: at(scratch, n, 0.95) };
}

/** The q-quantile of `get` of each item. */
export function quantileOf<T>(items: readonly T[], get: (x: T) => number, q: number): number {
  return at(scratch, sortInto(items, get), q);
}

function at(sorted: ArrayLike<number>, n: number, q: number): number {
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
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
