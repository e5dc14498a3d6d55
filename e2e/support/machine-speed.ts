// How fast the page's JavaScript runs on this machine right now, against the machine the perf floors were set on: a
// fixed workload timed in the page. A slower, throttled or busy machine scales a floor up (at most 3×); a faster one
// never lowers it. A regression makes the app slower than the workload; a slow machine makes both slower.

/** The workload's median on the machine the floors were set on (2 cores, idle), in ms. */
export const REFERENCE_WORKLOAD_MS = 4;
const MAX_FACTOR = 3;

// Typed-array arithmetic, small objects and strings: the hot path's kinds of work, in a fixed amount. A string, so
// no transpiler helper (esbuild's __name) finds its way into the page.
const WORKLOAD = `(() => {
  const run = () => {
    const t0 = performance.now();
    const a = new Float64Array(4096);
    let s = 0;
    for (let k = 0; k < 20; k++) for (let i = 0; i < a.length; i++) s += (a[i] = Math.sqrt(i * k + (s % 97))) % 7;
    const o = [];
    for (let i = 0; i < 4000; i++) o.push({ i, t: i + ' °C' });
    return performance.now() - t0 + (s + o.length) * 0;
  };
  const times = Array.from({ length: 7 }, run).sort((x, y) => x - y);
  return times[3];
})()`;

/** The median time of the fixed workload in the page, over seven runs. */
export function workloadMs(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(WORKLOAD) as Promise<number>;
}

/** The factor a floor is multiplied by: this machine's workload time over the reference, between 1 and 3. */
export function speedFactor(ms: number): number {
  return Math.min(MAX_FACTOR, Math.max(1, ms / REFERENCE_WORKLOAD_MS));
}
