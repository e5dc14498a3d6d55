// Small helpers that narrow `unknown` network values to typed ones without throwing or trusting prototypes.

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Longest single text a message may carry into the UI: a 5 MB state text or file name would freeze layout. */
export const MAX_TEXT = 4096;

/** Cuts an over-long string, marking the cut. */
export function clip(s: string, maxLen = MAX_TEXT): string {
  return s.length > maxLen ? `${s.slice(0, maxLen)}…` : s;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? clip(v) : null;
}

export function bool(v: unknown): boolean {
  return v === true;
}

/** Own enumerable keys only, so `__proto__` / `constructor` keys never reach a prototype. */
export function ownEntries(o: Obj): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const k of Object.keys(o)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    out.push([k, o[k]]);
  }
  return out;
}

/** A string array: non-strings are dropped, over-long strings are cut (a 5 MB log line must not freeze the page). */
export function strList(v: unknown, maxLen = 2000): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const s of v) {
    if (typeof s === 'string') out.push(s.length > maxLen ? `${s.slice(0, maxLen)}…` : s);
  }
  return out;
}

/** A record without a prototype, copied from own keys only; its strings clipped. */
export function safeRecord(o: Obj): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of ownEntries(o)) out[k] = typeof v === 'string' ? clip(v) : v;
  return out;
}
