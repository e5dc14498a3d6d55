// Test-only hook: lets an e2e test change the ?renderLoad= knob at runtime. Installed only when the URL has it.
import type { PerfStore } from './perf-store.ts';

export interface PerfTestHook {
  setRenderLoad(ms: number): void;
}

declare global {
  interface Window {
    __octoprintLivePerfTest?: PerfTestHook;
  }
}

export function installPerfTestHook(store: PerfStore, search: string): void {
  if (typeof window === 'undefined' || !new URLSearchParams(search).has('renderLoad')) return;
  window.__octoprintLivePerfTest = {
    setRenderLoad: (ms) => store.setState({ renderLoadMs: Math.max(0, Math.min(2000, Number(ms) || 0)) }),
  };
}
