// Test knob renderLoad=MS (with the test switch, src/app/test-api.ts): real synchronous work added to each applied update, for deterministic throttle tests.

/** Reads ?renderLoad=MS from a query string; 0 when absent or invalid (capped at 2 s so a typo cannot hang a tab). */
export function parseRenderLoad(search: string): number {
  const raw = new URLSearchParams(search).get('renderLoad');
  if (raw === null) return 0;
  const ms = Number(raw);
  return Number.isFinite(ms) && ms > 0 ? Math.min(2000, ms) : 0;
}

let sink = 0;

/**
 * Spins for `ms` of wall time doing arithmetic. A wall-clock busy-wait is deliberate: the knob must cost exactly
 * MS on any machine. CPU slowdown through CDP (`Emulation.setCPUThrottlingRate`) does not stretch it; use
 * that for realistic load instead.
 */
export function burn(ms: number, now: () => number = () => performance.now()): void {
  if (ms <= 0) return;
  const end = now() + ms;
  let x = sink;
  while (now() < end) {
    for (let i = 0; i < 1000; i++) x = (x * 1664525 + 1013904223) % 4294967296;
  }
  sink = x;
}
