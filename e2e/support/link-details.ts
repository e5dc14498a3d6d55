// Page object for the link details line: the transport in use, why the page waits, and the last error.
import type { Locator, Page } from '@playwright/test';

export class LinkDetails {
  readonly transport: Locator;
  readonly waitReason: Locator;
  readonly lastError: Locator;
  readonly retryNow: Locator;

  constructor(page: Page) {
    this.transport = page.getByTestId('link-transport');
    this.waitReason = page.getByTestId('link-wait-reason');
    this.lastError = page.getByTestId('link-last-error');
    this.retryNow = page.getByRole('button', { name: 'Retry now' });
  }
}
