// Narrowing of scenario parameters from untrusted JSON; a bad value is a 400 with a message that names it.

export type Params = Record<string, unknown>;

export function num(p: Params, key: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = p[key];
  if (v === undefined) return fallback;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
    throw new Error(`${key} must be a number between ${min} and ${max}`);
  }
  return n;
}

export function str(p: Params, key: string, fallback?: string): string {
  const v = p[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || !v) throw new Error(`${key} must be a non-empty string`);
  return v;
}

export function optStr(p: Params, key: string): string | undefined {
  return p[key] === undefined ? undefined : str(p, key);
}

export function bool(p: Params, key: string): boolean {
  const v = p[key];
  if (v === undefined) return false;
  if (typeof v !== 'boolean' && v !== 'true' && v !== 'false') throw new Error(`${key} must be a boolean`);
  return v === true || v === 'true';
}
