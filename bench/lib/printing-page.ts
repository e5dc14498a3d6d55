// The profiling tools' common start: a mock printing two tools and a bed, `minutes` of history built at speed 30
// first (the naive compare's setting; 0 for a real-time print), and the app open on it charting a 30-minute window.
import type { Browser } from '@playwright/test';
import { launch, openPage, type BenchPage } from './browser.ts';
import { BENCH_PATH, sleep } from './page-data.ts';
import { startStack, type BenchStack } from './stack.ts';

export interface PrintingPage {
  stack: BenchStack;
  browser: Browser;
  bp: BenchPage;
  close(): Promise<void>;
}

/** `init` runs in the page before its scripts (e.g. a stand-in devtools hook). */
export async function printingPage(minutes: number, path = BENCH_PATH, init?: string): Promise<PrintingPage> {
  const speed = minutes > 0 ? 30 : 1;
  const stack = await startStack('vite.config.ts', { speed, tools: 2 });
  const browser = await launch();
  const close = async () => {
    await browser.close();
    await stack.close();
  };
  try {
    await stack.scenario('print', { seconds: 6 * 3600 });
    if (minutes > 0) await sleep((minutes * 60 * 1000) / speed + 1000);
    const bp = await openPage(browser, stack.baseURL, 1);
    // The bench's streaming rows chart the server's 30-minute window.
    await bp.page.addInitScript(() =>
      localStorage.setItem('octoprint-live.settings', JSON.stringify({ chartMinutes: 30 })),
    );
    if (init) await bp.page.addInitScript({ content: init });
    await bp.page.goto(path);
    return { stack, browser, bp, close };
  } catch (e) {
    await close();
    throw e;
  }
}
