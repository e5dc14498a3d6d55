// A resize that changes how many columns the page has moves cards, never rebuilds them: the dashboard's chart and
// the farm's cards are the same elements after it.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { cardOf } from './support/farm.ts';

/** Marks an element, so a later look can tell the same element from a rebuilt one. */
const mark = (l: Locator) => l.evaluate((el) => void ((el as HTMLElement & { __kept?: boolean }).__kept = true));
const kept = (l: Locator) => l.evaluate((el) => (el as HTMLElement & { __kept?: boolean }).__kept === true);

test('the dashboard keeps its chart when the window goes from two columns to three and one', async ({
  page,
  dashboard,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await dashboard.open();
  await expect(page.locator('main.columns')).toHaveAttribute('data-columns', '2');
  const chart = page.locator('.card-chart canvas').first();
  await expect(chart).toBeVisible();
  await mark(chart);
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(page.locator('main.columns')).toHaveAttribute('data-columns', '3');
  expect(await kept(chart)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('main.columns')).toHaveAttribute('data-columns', '2');
  expect(await kept(chart)).toBe(true);
});

test('the farm keeps every card (keyed by server) when the grid gains or loses columns', async ({ page, farm }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/printers');
  const cards = farm.printers.map((p) => cardOf(page, p));
  for (const c of cards) await expect(c).toBeVisible();
  for (const c of cards) await mark(c);
  const perRow = () =>
    page.evaluate(() => {
      const tops = [...document.querySelectorAll('.farm-card')].map((c) => Math.round(c.getBoundingClientRect().top));
      return tops.filter((t) => t === tops[0]).length;
    });
  const before = await perRow();
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(perRow).toBeLessThan(before);
  for (const c of cards) expect(await kept(c)).toBe(true);
});
