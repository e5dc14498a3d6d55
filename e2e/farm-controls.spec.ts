// The farm view's controls: keyboard, preheat with confirmation, cards out of view asking for less, axe.
import AxeBuilder from '@axe-core/playwright';
import { THROTTLE } from '../src/store/farm-registry.ts';
import { expect, test } from './fixtures.ts';
import { cardOf, farmTruth } from './support/farm.ts';

test('arrow keys move between cards, Enter opens one, back returns', async ({ page, farm }) => {
  await page.goto('/printers');
  const cards = page.locator('.farm-card');
  // Cards sort as their states arrive: keys are tried once every card has its state.
  for (const p of farm.printers)
    await expect(cardOf(page, p).getByTestId('link')).toHaveText(/Live|Key or login refused/);
  await cards.first().focus();
  await page.keyboard.press('ArrowRight');
  const second = await cards.nth(1).getAttribute('aria-label');
  await expect(page.locator('.farm-card:focus')).toHaveAttribute('aria-label', second ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Job' })).toBeVisible();
  await expect(page.getByRole('combobox').first()).toHaveValue(/./);
  await page.goBack();
  await expect(page.locator('.farm-card')).toHaveCount(farm.printers.length);
});

test("preheat sets the selected printers' targets only after a confirmation", async ({ page, farm }) => {
  await page.goto('/printers');
  const [a, b] = farm.printers.filter((p) => p.role === 'printing');
  if (!a || !b) throw new Error('farm roles changed');
  for (const p of [a, b]) await cardOf(page, p).getByRole('checkbox').check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Hotend' }).fill('185');
  await page.getByRole('spinbutton', { name: 'Bed' }).fill('55');
  await page.getByRole('button', { name: 'Preheat…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Preheat 2 printers: hotend 185 °C, bed 55 °C?');
  // Nothing is sent before the confirmation.
  expect((await farmTruth(a)).tempsByHeater.tool0?.at(-1)?.[2]).not.toBe(185);
  await page.getByRole('button', { name: 'Yes, preheat' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preheat: sent to 2 printers.' })).toBeVisible();
  for (const p of [a, b]) {
    await expect.poll(async () => (await farmTruth(p)).tempsByHeater.tool0?.at(-1)?.[2]).toBe(185);
    await expect(cardOf(page, p).locator('[data-heater="tool0"]').getByTestId('target')).toHaveText('185.0');
  }
  // The unselected ones kept theirs.
  const paused = farm.printers.find((p) => p.role === 'paused');
  if (paused) expect((await farmTruth(paused)).tempsByHeater.tool0?.at(-1)?.[2]).not.toBe(185);
});

test('a card out of view asks its server for fewer updates; scrolled into view, for more', async ({ page, farm }) => {
  await page.setViewportSize({ width: 700, height: 420 });
  await page.goto('/printers');
  // Cards sort as their states arrive: the last one is known once every card has its state.
  for (const p of farm.printers)
    await expect(cardOf(page, p).getByTestId('link')).toHaveText(/Live|Key or login refused/);
  const id = await page.locator('.farm-card').last().getAttribute('data-server-id');
  const printer = farm.printers.find((p) => p.mock.url.toLowerCase() === id);
  if (!printer) throw new Error('no printer for the last card');
  const last = cardOf(page, printer);
  const factors = async () =>
    (
      (await (await fetch(`${printer.mock.url}/mock/truth`)).json()) as { throttles: { factor: number }[] }
    ).throttles.map((t) => t.factor);
  // Attention first: the last card is a printing one, whose server hears the farm's throttle.
  expect(printer.role).toBe('printing');
  await expect.poll(async () => (await factors()).at(-1)).toBe(THROTTLE.outOfView);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await factors()).at(-1)).toBe(THROTTLE.inView);
});

test('the farm view has no serious or critical axe violations', async ({ page, farm }) => {
  await page.goto('/printers');
  for (const p of farm.printers) await expect(cardOf(page, p).getByTestId('link')).not.toHaveText('Connecting…');
  const results = await new AxeBuilder({ page }).include('.farm').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
