// The page's memory and DOM size after a forced garbage collection (CDP), for bounded-memory checks in long runs.
// The event feed is the one list that grows with every reconnect up to its cap, so it is measured on its own.
import type { Page } from '@playwright/test';

export interface PageMemory {
  heapMb: number;
  /** Every node the renderer holds after GC, attached or not. */
  nodes: number;
  /** Nodes in the document. */
  liveNodes: number;
  /** Nodes in the event feed (capped by its entry limit). */
  feedNodes: number;
  feedEntries: number;
  listeners: number;
}

export async function measureMemory(page: Page): Promise<PageMemory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
    const dom = await page.evaluate(() => {
      const feed = document.querySelector('[data-testid="event-feed"]');
      return {
        liveNodes: document.getElementsByTagName('*').length,
        feedNodes: feed ? feed.getElementsByTagName('*').length : 0,
        feedEntries: feed ? feed.querySelectorAll('li').length : 0,
      };
    });
    return {
      heapMb: Math.round((m('JSHeapUsedSize') / 1048576) * 10) / 10,
      nodes: m('Nodes'),
      listeners: m('JSEventListeners'),
      ...dom,
    };
  } finally {
    await cdp.detach();
  }
}
