// Page object for the link details line: the transport in use, why the page waits, and the last error.
import type { Locator, Page } from '@playwright/test';

export class LinkDetails {
  /** Shown only for a fallback transport; the status carries every transport as data-transport and its tooltip. */
  readonly transport: Locator;
  readonly status: Locator;
  readonly waitReason: Locator;
  readonly lastError: Locator;
  readonly retryNow: Locator;

  constructor(page: Page) {
    this.transport = page.getByTestId('link-transport');
    this.status = page.getByRole('status').filter({ has: page.getByTestId('link-state') });
    this.waitReason = page.getByTestId('link-wait-reason');
    this.lastError = page.getByTestId('link-last-error');
    this.retryNow = page.getByRole('button', { name: 'Retry now' });
  }
}

declare global {
  interface Window {
    __linkTexts?: string[];
  }
}

/**
 * Records every text the link details line shows, however briefly: a reconnect on a fast link can replace the reason
 * within milliseconds. Call before page.goto; read with linkTextsSeen.
 */
export async function recordLinkTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = (window.__linkTexts = []);
    const note = () => {
      const text = document.querySelector('[data-testid="link-details"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export function linkTextsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__linkTexts ?? []);
}
