// The page's memory and DOM size after a forced garbage collection (CDP), for bounded-memory checks in long runs.
import type { Page } from '@playwright/test';

export interface PageMemory {
  heapMb: number;
  nodes: number;
  listeners: number;
}

export async function measureMemory(page: Page): Promise<PageMemory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
    return { heapMb: Math.round((m('JSHeapUsedSize') / 1048576) * 10) / 10, nodes: m('Nodes'), listeners: m('JSEventListeners') };
  } finally {
    await cdp.detach();
  }
}
