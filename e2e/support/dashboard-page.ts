// Page object for the dashboard: readonly locators and intent-level actions.
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  readonly linkState: Locator;
  readonly printerState: Locator;
  readonly freshness: Locator;
  readonly chart: Locator;
  readonly chartSummary: Locator;
  readonly reloadNotice: Locator;
  readonly themeSelect: Locator;
  readonly windowSelect: Locator;
  readonly pauseChart: Locator;
  readonly jobFile: Locator;
  readonly jobPercent: Locator;
  readonly eventFeed: Locator;
  readonly toasts: Locator;
  readonly prompt: Locator;
  readonly slicing: Locator;

  constructor(readonly page: Page) {
    this.linkState = page.getByTestId('link-state');
    this.printerState = page.getByTestId('printer-state');
    this.freshness = page.getByTestId('freshness');
    this.chart = page.getByRole('img', { name: /temperature history/i });
    this.chartSummary = page.getByTestId('chart-summary');
    this.reloadNotice = page.getByTestId('reload-notice');
    this.themeSelect = page.getByRole('combobox', { name: 'Theme' });
    this.windowSelect = page.getByRole('combobox', { name: 'Window' });
    this.pauseChart = page.getByRole('button', { name: /(Pause|Resume) chart/ });
    this.jobFile = page.getByTestId('job-file');
    this.jobPercent = page.getByTestId('job-percent');
    this.eventFeed = page.getByTestId('event-feed');
    this.toasts = page.getByRole('region', { name: 'Notifications' });
    this.prompt = page.getByRole('alertdialog', { name: 'The printer asks' });
    this.slicing = page.getByTestId('slicing-jobs');
  }

  /** `webcam: false` for a server without a configured webcam (the real test server has none). */
  async open({ webcam = true } = {}): Promise<void> {
    await this.page.goto('/');
    await expect(this.linkState).toHaveText('Live');
    // Let the page settle before acting: panels below the first screen arrive in their own chunks and the webcam
    // panel appears once the server's settings are read, each moving what is below it.
    await expect(this.page.getByRole('button', { name: /(Open|Close) terminal/ })).toBeVisible();
    if (webcam) await expect(this.page.getByTestId('webcam')).toBeVisible();
  }

  /** Opens the settings menu (theme, server, render cost) in the status bar. */
  async openSettings(): Promise<void> {
    const button = this.page.getByRole('button', { name: /^Settings/ });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** Number of points the chart currently draws. */
  async chartPoints(): Promise<number> {
    return (await this.chartStats()).points;
  }

  /** How many times the chart drew because of new data (a new point's segments or a whole redraw). */
  async chartDraws(): Promise<number> {
    return (await this.chartStats()).draws;
  }

  /** The chart's own counters (its host's read-only `chartStats`); zeros before the chart has loaded. */
  private chartStats(): Promise<{ points: number; draws: number }> {
    return this.chart.evaluate((el) => {
      const stats = (el as unknown as { chartStats?: { points: number; draws: number } }).chartStats;
      return { points: stats?.points ?? 0, draws: stats?.draws ?? 0 };
    });
  }

  /** Painted pixels of the chart's canvas (axes, grid and lines): near zero when the plot is blank. */
  chartPaintedPixels(): Promise<number> {
    return this.chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if ((d[i] as number) > 0) n++;
      return n;
    });
  }

  target(heater: string): Locator {
    return this.page.getByTestId(`${heater}-target`);
  }

  actual(heater: string): Locator {
    return this.page.getByTestId(`${heater}-actual`);
  }

  legendToggle(label: string): Locator {
    return this.page.getByRole('group', { name: 'Show heaters' }).getByRole('button', { name: label });
  }

  /** Sets a target through the heater controls panel (heaterLabel as shown, e.g. "Tool 0", "Bed"). */
  async setTarget(heaterLabel: string, value: number): Promise<void> {
    const group = this.page.getByRole('group', { name: `${heaterLabel} controls` });
    await group.getByRole('spinbutton', { name: `${heaterLabel} new target` }).fill(String(value));
    await group.getByRole('button', { name: 'Set', exact: true }).click();
  }
}
