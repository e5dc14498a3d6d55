// Page object for the render-cost HUD chip and its details, plus the test-only render-load hook.
import type { Locator, Page } from '@playwright/test';

export class PerfHudPanel {
  readonly chip: Locator;
  readonly reason: Locator;
  readonly root: Locator;

  constructor(readonly page: Page) {
    // The chip lives in the settings menu: read while the menu is closed, clicked after open() shows it.
    this.chip = page.getByRole('button', { name: /^Render cost/, includeHidden: true });
    this.reason = page.getByTestId('hud-reason');
    this.root = page.locator('.perf-hud');
  }

  /** The throttle factor the HUD shows (×N in the chip). */
  async factor(): Promise<number> {
    const text = (await this.chip.textContent()) ?? '';
    return Number(/×(\d+)/.exec(text)?.[1] ?? Number.NaN);
  }

  async open(): Promise<void> {
    const settings = this.page.getByRole('button', { name: /^Settings/ });
    if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
    if ((await this.chip.getAttribute('aria-expanded')) !== 'true') await this.chip.click();
  }

  /** Changes the ?renderLoad= knob at runtime (the page must have been opened with ?renderLoad=). */
  async setRenderLoad(ms: number): Promise<void> {
    await this.page.evaluate((v) => {
      const hook = window.__octoprintLivePerfTest;
      if (!hook) throw new Error('perf test hook missing: open the page with ?renderLoad=');
      hook.setRenderLoad(v);
    }, ms);
  }
}
