// The instance's name and colour from OctoPrint's settings title the tab and tint the page.
import { expect, test } from './fixtures.ts';

test.use({ mockArgs: { settings: { appearanceName: 'Prusa <b>MK4</b>', appearanceColor: 'green' } } });

test("the server's appearance name titles the tab and its colour becomes the accent", async ({ page, dashboard }) => {
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(page).toHaveTitle('Prusa <b>MK4</b> — OctoPrint Live');
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()))
    .toBe('#1a7f37');
});
