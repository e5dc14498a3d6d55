// Bench-only hook: with ?bench in the URL, keeps the render-cost meter's per-update costs on window for
// `npm run bench` (bench/lib/page-data.ts reads them). Without the parameter nothing is installed.
import type { RenderMeter } from '../perf/render-meter.ts';

const MAX_SAMPLES = 20_000;

declare global {
  interface Window {
    __octoprintLiveBench?: { costs: number[]; pending(): number };
  }
}

export function installBenchHook(meter: Pick<RenderMeter, 'onSample' | 'pending'>, search: string): void {
  if (typeof window === 'undefined' || !new URLSearchParams(search).has('bench')) return;
  const costs: number[] = [];
  window.__octoprintLiveBench = { costs, pending: () => meter.pending };
  meter.onSample((s) => {
    costs.push(s.costMs);
    if (costs.length > MAX_SAMPLES) costs.splice(0, costs.length - MAX_SAMPLES);
  });
}
