// Flood: the mock sends `current` at 50 Hz ignoring throttle for 30 s; frame times, the pending queue, and clicks.
import type { Browser } from '@playwright/test';
import { openPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';

export interface FloodResult {
  frames: number[];
  /** Most `current` messages received between two frames (the batcher's queue as seen from outside). */
  maxPerFrame: number;
  /** The app's own pending count (render-cost meter), the highest seen at a frame, or null without the hook. */
  hudPendingMax: number | null;
  clicks: number[];
  messages: number;
  longTasks: number;
}

export async function measureFlood(
  browser: Browser,
  stack: BenchStack,
  hz: number,
  seconds: number,
): Promise<FloodResult> {
  const bp = await openPage(browser, stack.baseURL, 1);
  const { page } = bp;
  try {
    await page.goto(BENCH_PATH);
    await waitLive(page);
    const before = await probeData(page);
    await page.evaluate(() => window.__bench.startFrames());
    await stack.scenario('flood', { hz, seconds });
    const end = Date.now() + seconds * 1000;
    // A click every few seconds on the page's heading: the response is the next frame after the input.
    const target = page.getByRole('heading', { level: 1 });
    while (Date.now() < end - 1500) {
      await sleep(Math.min(5000, end - Date.now() - 1000));
      await target.click({ timeout: 5000 });
    }
    await sleep(Math.max(0, end - Date.now()));
    await page.evaluate(() => window.__bench.stopFrames());
    const d = await probeData(page);
    return {
      frames: d.frames,
      maxPerFrame: d.maxPerFrame,
      hudPendingMax: d.maxPending,
      clicks: d.clicks,
      messages: d.currentMessages - before.currentMessages,
      longTasks: d.longTasks.length - before.longTasks.length,
    };
  } finally {
    await bp.close();
  }
}
