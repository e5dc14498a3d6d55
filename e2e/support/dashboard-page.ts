// Page object for the dashboard: readonly locators and intent-level actions.
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  readonly linkState: Locator;
  readonly printerState: Locator;
  readonly freshness: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.linkState = page.getByTestId('link-state');
    this.printerState = page.getByTestId('printer-state');
    this.freshness = page.getByTestId('freshness');
    this.chart = page.getByRole('img', { name: /temperature history/i });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.linkState).toHaveText('Live');
  }

  /** Number of points the chart currently draws. */
  async chartPoints(): Promise<number> {
    return Number((await this.chart.getAttribute('data-points')) ?? 0);
  }

  target(heater: string): Locator {
    return this.page.getByTestId(`${heater}-target`);
  }

  actual(heater: string): Locator {
    return this.page.getByTestId(`${heater}-actual`);
  }

  async setTarget(heaterLabel: string, value: number): Promise<void> {
    const row = this.page.getByRole('row', { name: new RegExp(`^${heaterLabel}`) });
    await row.getByRole('spinbutton', { name: `${heaterLabel} target` }).fill(String(value));
    await row.getByRole('button', { name: 'Set' }).click();
  }
}
