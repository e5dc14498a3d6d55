// Reconnect: the mock restarts (down for a while); time from it accepting sockets again to live data on screen.
import type { Browser } from '@playwright/test';
import { openPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';

export interface ReconnectRun {
  /** ms from the server being back to the link showing Live. */
  liveMs: number;
  /** ms from the server being back to the chart's first draw after Live. */
  dataMs: number;
}

export async function measureReconnect(
  browser: Browser,
  stack: BenchStack,
  runs: number,
  downMs: number,
): Promise<ReconnectRun[]> {
  const bp = await openPage(browser, stack.baseURL, 1);
  const { page } = bp;
  const out: ReconnectRun[] = [];
  try {
    await page.goto(BENCH_PATH);
    await waitLive(page);
    await page.evaluate(() => window.__bench.watchLink());
    for (let i = 0; i < runs; i++) {
      const lives = (await probeData(page)).liveAt.length;
      const requested = Date.now();
      await stack.scenario('restart', { downMs });
      const backAt = requested + downMs;
      await page.waitForFunction((n) => window.__bench.liveAt.length > n, lives, { timeout: 45_000, polling: 50 });
      const liveAt = (await probeData(page)).liveAt.at(-1) as number;
      await page.waitForFunction((t) => window.__bench.draws.some((d) => window.__bench.timeOrigin + d >= t), liveAt, {
        timeout: 30_000,
        polling: 50,
      });
      const d = await probeData(page);
      const drawAt = d.timeOrigin + (d.draws.find((x) => d.timeOrigin + x >= liveAt) as number);
      out.push({ liveMs: liveAt - backAt, dataMs: drawAt - backAt });
      await sleep(1000);
    }
    return out;
  } finally {
    await bp.close();
  }
}
