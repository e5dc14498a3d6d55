// Navigation to the first chart drawn with history: fresh context per load, from navigation start (ms, page clock).
import type { Browser } from '@playwright/test';
import { openPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';

/** `runs` cold loads at CPU slowdown `rate`; each value is ms from navigation start to the first drawn point. */
export async function measureNavigation(
  browser: Browser,
  stack: BenchStack,
  rate: number,
  runs: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const bp = await openPage(browser, stack.baseURL, rate);
    try {
      await bp.page.goto(BENCH_PATH);
      await bp.page.waitForFunction(() => window.__bench.firstPointsAt !== null, undefined, { timeout: 30_000 });
      const d = await probeData(bp.page);
      out.push(d.firstPointsAt as number);
    } finally {
      await bp.close();
    }
  }
  return out;
}
