// The instance's name and colour from OctoPrint's settings title the tab and tint the page.
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page.ts';
import { startStack } from './support/stack.ts';

test("the server's appearance name titles the tab and its colour becomes the accent", async ({ page }) => {
  const settings = { appearanceName: 'Prusa <b>MK4</b>', appearanceColor: 'green' };
  const app = await startStack({ env: { MOCK_ARGS: JSON.stringify({ settings }) } });
  try {
    const dashboard = new DashboardPage(page);
    await page.goto(app.baseURL);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect(page).toHaveTitle('Prusa <b>MK4</b> — OctoPrint Live');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()))
      .toBe('#1a7f37');
  } finally {
    await app.close();
  }
});
