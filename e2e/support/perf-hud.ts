// Page object for the render-cost HUD chip and its details, plus the test API's render-load knob.
import type { Locator, Page } from '@playwright/test';
import { setRenderLoad } from './test-api.ts';

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

  /** Changes the render-load knob at run time (the page must have been opened with testUrl()). */
  setRenderLoad(ms: number): Promise<void> {
    return setRenderLoad(this.page, ms);
  }
}
