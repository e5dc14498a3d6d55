// Reads the probes' data and the render-cost meter's samples (through the app's test API, when it has one) from a page.
import type { Page } from '@playwright/test';
import { hasTestApi, pageCosts, testUrl } from '../../e2e/support/test-api.ts';
import type { PageProbeData } from '../probes/page-probes.ts';

export const probeData = (page: Page): Promise<PageProbeData> =>
  page.evaluate(() => {
    const { startFrames: _s, stopFrames: _t, watchLink: _w, ...data } = window.__bench;
    return data;
  });

/** Waits until the page is live and its chart has drawn points. */
export async function waitLive(page: Page, timeoutMs = 30_000): Promise<void> {
  await page
    .getByTestId('link-state')
    .filter({ hasText: /^Live$/ })
    .waitFor({ timeout: timeoutMs });
  await page.waitForFunction(() => window.__bench.points > 0, undefined, { timeout: timeoutMs });
}

/** Resolves after `ms` of wall time, measured in Node (the page is never asked to wait). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The render-cost meter's per-update costs (ms) from the app's test API; null when the page has none (the naive one). */
export const meterCosts = async (page: Page): Promise<number[] | null> =>
  (await hasTestApi(page)) ? pageCosts(page) : null;

/** The app's URL for the bench: the test switch, so the app keeps its render-cost meter's samples for us. */
export const BENCH_PATH = testUrl();
