// The farm view: 24 mock printers all printing at speed 1, 1280×800. Time until every card is live,
// main-thread time per second, and whether the cost follows the cards in view (24 printers, ~8 in view) rather than
// the printers (8 printers).
import type { Browser } from '@playwright/test';
import { startFarm, type Farm } from '../../mock/farm.ts';
import { serverId } from '../../src/store/servers-store.ts';
import { metrics, openPage } from '../lib/browser.ts';
import { sleep } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import { startTrace } from '../probes/cdp-trace.ts';

export interface FarmRun {
  printers: number;
  /** Navigation to every card showing Live with a printer state. */
  liveMs: number;
  /** CDP main-thread task time per second over the measured window. */
  msPerSecond: number;
  /** Cards in the viewport at the end. */
  cardsInView: number;
  longTasks: number;
}

export interface FarmResult {
  runs: FarmRun[];
}

async function measure(browser: Browser, stack: BenchStack, farm: Farm, seconds: number): Promise<FarmRun> {
  const bp = await openPage(browser, stack.baseURL, 1);
  try {
    const servers = farm.printers.map((p) => ({
      id: serverId(p.mock.url),
      name: p.name,
      url: p.mock.url,
      apiKey: p.apiKey,
      remember: true,
      lastUsed: 0,
    }));
    await bp.page.addInitScript(
      (json) => localStorage.setItem('octoprint-live:servers', json),
      JSON.stringify(servers),
    );
    const t0 = Date.now();
    await bp.page.goto('/printers');
    await bp.page.waitForFunction(
      (n) => {
        const cards = [...document.querySelectorAll('.farm-card')];
        return (
          cards.length === n &&
          cards.every(
            (c) =>
              c.querySelector('[data-testid="link"]')?.textContent === 'Live' &&
              c.querySelector('[data-testid="actual"]'),
          )
        );
      },
      farm.printers.length,
      { timeout: 30_000, polling: 50 },
    );
    const liveMs = Date.now() - t0;
    await sleep(3000);
    const m0 = await metrics(bp.cdp);
    const trace = await startTrace(bp.cdp);
    const w0 = Date.now();
    await sleep(seconds * 1000);
    const cdp = await trace.stop();
    const wall = (Date.now() - w0) / 1000;
    const m1 = await metrics(bp.cdp);
    const cardsInView = await bp.page.evaluate(
      () =>
        [...document.querySelectorAll('.farm-card')].filter((c) => c.getBoundingClientRect().top < innerHeight).length,
    );
    // The trace's main-thread total; Chromium's TaskDuration counter where the trace has none.
    const perSecond = Number.isFinite(cdp.perSecond)
      ? cdp.perSecond
      : (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / wall;
    return { printers: farm.printers.length, liveMs, msPerSecond: perSecond, cardsInView, longTasks: cdp.longTasks };
  } finally {
    await bp.close();
  }
}

/** 24 printers, then 8: the second run is the cost of 8 cards in view without the 16 others behind them. */
export async function measureFarm(browser: Browser, stack: BenchStack, seconds: number): Promise<FarmResult> {
  const runs: FarmRun[] = [];
  for (const count of [24, 8]) {
    const farm = await startFarm({ count, port: 0, speed: 1, roles: ['printing'], printSeconds: 6 * 3600 });
    try {
      runs.push(await measure(browser, stack, farm, seconds));
    } finally {
      await farm.close();
    }
  }
  return { runs };
}
