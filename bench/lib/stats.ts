// Small statistics helpers for the bench: quantiles and the median.

/** Linear-interpolated quantile (q in 0..1); NaN when there are no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

export const median = (v: readonly number[]) => quantile(v, 0.5);
