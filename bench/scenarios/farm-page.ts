// The bench's farm page: the farm's printers saved, /printers opened at 1280×800 (or as tall as `rowsInView` card
// rows), reconnect attempts counted from the start, and the time until every card is live.
import type { Browser } from '@playwright/test';
import type { Farm } from '../../mock/farm.ts';
import { serverId } from '../../src/store/servers-store.ts';
import { openPage, type BenchPage } from '../lib/browser.ts';
import type { BenchStack } from '../lib/stack.ts';

declare global {
  interface Window {
    /** performance.now() of each SockJS connection attempt (its /info request), from the init script below. */
    __farmAttempts?: number[];
  }
}

export interface FarmPage {
  bp: BenchPage;
  liveMs: number;
  cardsInView(): Promise<number>;
  /** Resolves when every card shows Live with a heater reading. */
  allLive(timeoutMs: number): Promise<void>;
  attempts(): Promise<number[]>;
  close(): Promise<void>;
}

/** Every SockJS attempt begins with GET /sockjs/info, so counting those counts reconnect attempts, failed ones too. */
function countAttempts(): void {
  const attempts: number[] = [];
  window.__farmAttempts = attempts;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<typeof open>) {
    if (/\/sockjs\/info\b/.test(String(args[1]))) attempts.push(performance.now());
    return open.apply(this, args);
  } as typeof open;
}

export async function openFarmPage(
  browser: Browser,
  stack: BenchStack,
  farm: Farm,
  cardsInView?: number,
): Promise<FarmPage> {
  const bp = await openPage(browser, stack.baseURL, 1);
  const servers = farm.printers.map((p) => ({
    id: serverId(p.mock.url),
    name: p.name,
    url: p.mock.url,
    apiKey: p.apiKey,
    remember: true,
    lastUsed: 0,
  }));
  await bp.page.addInitScript((json) => localStorage.setItem('octoprint-live:servers', json), JSON.stringify(servers));
  await bp.page.addInitScript({ content: `(${countAttempts.toString()})();` });
  const allLive = async (timeoutMs: number) => {
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
      { timeout: timeoutMs, polling: 50 },
    );
  };
  const t0 = Date.now();
  await bp.page.goto('/printers');
  await allLive(30_000);
  const liveMs = Date.now() - t0;
  if (cardsInView !== undefined) {
    // As tall as the first `cardsInView` cards: the next card's top is the viewport's bottom.
    const bottom = await bp.page.evaluate(
      (n) => document.querySelectorAll('.farm-card')[n]?.getBoundingClientRect().top ?? innerHeight,
      cardsInView,
    );
    await bp.page.setViewportSize({ width: 1280, height: Math.floor(bottom) - 8 });
  }
  return {
    bp,
    liveMs,
    allLive,
    cardsInView: () =>
      bp.page.evaluate(
        () =>
          [...document.querySelectorAll('.farm-card')].filter((c) => c.getBoundingClientRect().top < innerHeight)
            .length,
      ),
    attempts: () => bp.page.evaluate(() => [...(window.__farmAttempts ?? [])]),
    close: () => bp.close(),
  };
}
