// The job on the first screen: at four screen sizes and in both themes, the state chip, the progress, the
// time left and the one right action (Pause, then Resume; Connect with the printer off) show without scrolling.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SCREEN_SIZES } from './support/screen-sizes.ts';

test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

/** Wholly inside the viewport, with the page not scrolled. */
async function expectOnFirstScreen(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error('no box or viewport');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
}

/** The chip's border colour and the named state colour, both resolved by the browser. */
async function chipColour(page: Page, state: string): Promise<{ chip: string; token: string }> {
  return page.evaluate((name) => {
    const chip = document.querySelector('.state-chip');
    const probe = document.createElement('span');
    probe.style.color = `var(--state-${name})`;
    document.body.append(probe);
    const token = getComputedStyle(probe).color;
    probe.remove();
    return { chip: chip ? getComputedStyle(chip).borderTopColor : '', token };
  }, state);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SCREEN_SIZES) {
    test(`${size.width}×${size.height}, ${scheme}: printing, paused and printer off each show the state and its action on the first screen`, async ({
      dashboard,
      mock,
      page,
      controls,
    }, testInfo) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await dashboard.open();
      await mock.scenario('print', { seconds: 600 });
      await expect(dashboard.printerState).toHaveText('Printing');
      await expect(dashboard.jobPercent).toHaveText(/\d+\.\d %/);
      const first = [
        dashboard.printerState,
        dashboard.jobPercent,
        page.getByTestId('job-left'),
        page.getByRole('progressbar', { name: 'Print progress' }),
      ];
      for (const l of [...first, controls.button('Pause')]) await expectOnFirstScreen(page, l);
      await expect
        .poll(async () => {
          const c = await chipColour(page, 'printing');
          return c.chip === c.token;
        })
        .toBe(true);
      await testInfo.attach(`printing-${scheme}`, { body: await page.screenshot(), contentType: 'image/png' });

      await controls.button('Pause').click();
      await expect(dashboard.printerState).toHaveText('Paused');
      await expect(controls.button('Pause')).toHaveCount(0);
      for (const l of [...first, controls.button('Resume')]) await expectOnFirstScreen(page, l);
      await expect
        .poll(async () => {
          const c = await chipColour(page, 'paused');
          return c.chip === c.token;
        })
        .toBe(true);
      await testInfo.attach(`paused-${scheme}`, { body: await page.screenshot(), contentType: 'image/png' });

      await mock.scenario('reset');
      await expect(dashboard.printerState).toHaveText('Operational');
      expect(await mock.api('/api/connection', { command: 'disconnect' })).toBe(204);
      await expect(dashboard.printerState).toHaveText('Offline');
      await expectOnFirstScreen(page, dashboard.printerState);
      await expectOnFirstScreen(page, controls.button('Connect printer'));
      await expect(controls.button('Connect printer')).toBeEnabled();
      await testInfo.attach(`off-${scheme}`, { body: await page.screenshot(), contentType: 'image/png' });
    });
  }
}
