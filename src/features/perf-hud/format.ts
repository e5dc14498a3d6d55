// Number formatting for the HUD: short, stable widths, a dash when the meter has nothing yet.

export function fmtMs(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v < 10 ? v.toFixed(1) : String(Math.round(v));
}

export function fmtRate(v: number): string {
  return Number.isFinite(v) ? v.toFixed(1) : '–';
}

/** The chip's one-line summary, e.g. "2.0 msg/s · 3.1/7.9 ms · ×1 · full". */
export function chipText(rate: number, p50: number, p95: number, factor: number, fidelityLabel: string): string {
  return `${fmtRate(rate)} msg/s · ${fmtMs(p50)}/${fmtMs(p95)} ms · ×${factor} · ${fidelityLabel}`;
}
