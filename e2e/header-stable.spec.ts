// The status bar holds still: going stale, losing the link and reconnecting change words and colours in
// place; neither the bar nor the first card moves, so "Retry now" is where the thumb expects it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

/** The bar's box and the top of the first card, rounded to the pixel. */
async function layout(page: Page): Promise<string> {
  return page.evaluate(() => {
    const r = (el: Element | null) => {
      const b = el?.getBoundingClientRect();
      return b ? `${Math.round(b.top)},${Math.round(b.height)}` : 'missing';
    };
    return `bar ${r(document.querySelector('.status-bar'))} · first card ${r(document.querySelector('main .card'))}`;
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 800, height: 480 },
]) {
  test(`${size.width}×${size.height}: the header does not move when the link goes stale, drops and reconnects`, async ({
    dashboard,
    mock,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await dashboard.open();
    await mock.scenario('print', { seconds: 600 });
    await expect(dashboard.printerState).toHaveText('Printing');
    const connection = page.getByRole('region', { name: 'Connection' });
    await expect(connection).toHaveAttribute('data-stale', 'false');
    const live = await layout(page);

    // Silent for 8 s: the data goes stale (after 5 s), then flows again.
    await mock.scenario('blackhole', { ms: 8000 });
    await expect(connection).toHaveAttribute('data-stale', 'true', { timeout: 15_000 });
    expect(await layout(page)).toBe(live);
    await expect(connection).toHaveAttribute('data-stale', 'false', { timeout: 30_000 });
    expect(await layout(page)).toBe(live);

    // The link drops and the server is unreachable for a while: the page counts down and offers Retry in Pause's
    // place, then reconnects on its own (the print goes on meanwhile).
    await mock.scenario('drop', { downMs: 6000 });
    const retry = page.getByRole('button', { name: 'Retry now' });
    await expect(retry).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
    expect(await layout(page)).toBe(live);
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 40_000 });
    await expect(dashboard.printerState).toHaveText('Printing');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    expect(await layout(page)).toBe(live);
  });
}
