// Headless Chromium for the bench: the same browser the e2e suite finds, plus a CDP session per page.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/find-browser.mjs';
import { installPageProbes } from '../probes/page-probes.ts';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  // Keep timers and rAF running at full rate although nothing is focused or shown.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launch(): Promise<Browser> {
  const executablePath = findChromium() ?? undefined;
  return chromium.launch({ executablePath, args: LAUNCH_ARGS });
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A fresh context and page at 1280×800 with the probes installed and CPU slowdown `rate`. */
export async function openPage(browser: Browser, baseURL: string, rate = 1): Promise<BenchPage> {
  // No service worker: each cold load is measured from the network, as before there was one.
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper, so give it one.
  await page.addInitScript({ content: `var __name = (f) => f;(${installPageProbes.toString()})();` });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await setSlowdown(cdp, rate);
  return { context, page, cdp, close: () => context.close() };
}

export async function setSlowdown(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Chromium's own counters: JSHeapUsedSize, Nodes, TaskDuration (s), ScriptDuration (s), ... */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
}
