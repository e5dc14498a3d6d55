// The farm's cost follows the cards in view: a card out of view turns its socket's state off and lives on events, so
// an error still sorts it first; back in view, its state comes on again with a history that matches the mock's truth.
import type { Page } from '@playwright/test';
import type { FarmPrinter } from '../mock/farm.ts';
import { expect, test } from './fixtures.ts';
import { cardOf, farmTruth } from './support/farm.ts';

/** The off delay is 5 s (farm-view-gate.ts); loose for a busy machine. */
const OFF_WITHIN = 20_000;

const stateSockets = async (p: FarmPrinter) =>
  ((await (await fetch(`${p.mock.url}/mock/truth`)).json()) as { stateSockets: number }).stateSockets;

/** One card a row (17rem wide at most twice in 480 px), about two cards' height in view. */
async function openNarrowFarm(page: Page, printers: readonly FarmPrinter[]): Promise<void> {
  await page.setViewportSize({ width: 480, height: 420 });
  await page.goto('/printers');
  // Cards sort as their states arrive: the order is final once every card has its state.
  for (const p of printers) await expect(cardOf(page, p).getByTestId('link')).toHaveText(/Live|Key or login refused/);
}

async function printerOfCard(page: Page, printers: readonly FarmPrinter[], index: number): Promise<FarmPrinter> {
  const id = await page.locator('.farm-card').nth(index).getAttribute('data-server-id');
  const printer = printers.find((p) => p.mock.url.toLowerCase() === id);
  if (!printer) throw new Error(`no printer for card ${index}`);
  return printer;
}

/** Opens the farm narrow; its last card (a printing one, far below the fold) has had its state turned off. */
async function lastCardStateOff(page: Page, printers: readonly FarmPrinter[]) {
  await openNarrowFarm(page, printers);
  const cards = page.locator('.farm-card');
  const last = await printerOfCard(page, printers, (await cards.count()) - 1);
  expect(last.role).toBe('printing');
  await expect(cardOf(page, last)).not.toBeInViewport();
  await expect.poll(() => stateSockets(last), { timeout: OFF_WITHIN }).toBe(0);
  return { cards, last };
}

test('a card out of view gets events only: its printer errors, it rises with the error; in view again it equals the truth', async ({
  page,
  farm,
}) => {
  // Attention first: the last card is a printing one, far below the fold.
  const { cards, last } = await lastCardStateOff(page, farm.printers);
  // The first card, in view, keeps its state on.
  expect(await stateSockets(await printerOfCard(page, farm.printers, 0))).toBe(1);

  // Scrolled to the middle: the top of the list is out of view too, so the card rises to a place nobody sees.
  await cards.nth(3).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const card = cardOf(page, last);
  await expect(cards.nth(1)).not.toBeInViewport();
  await expect(card).not.toBeInViewport();
  last.mock.scenario('printer-error');
  // Errors sort first (by name among themselves): ahead of the paused printer, which was second.
  const order = () => cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-server-id')));
  const paused = farm.printers.find((p) => p.role === 'paused');
  if (!paused) throw new Error('farm roles changed');
  await expect
    .poll(async () => {
      const ids = await order();
      return ids.indexOf(last.mock.url.toLowerCase()) < ids.indexOf(paused.mock.url.toLowerCase());
    })
    .toBe(true);
  await expect(card).not.toBeInViewport();
  await expect(card).toHaveAttribute('data-kind', 'error');
  await expect(card).toHaveAttribute('data-attention', 'true');
  await expect(card.getByTestId('state')).toContainText('Offline after error');
  await expect(card.getByTestId('state')).toContainText('Thermal Runaway');
  await expect(card.locator('[data-heater]')).toHaveCount(0);
  // All of that from events: the socket's state stayed off.
  expect(await stateSockets(last)).toBe(0);

  // In view again: state on, a history, and the card is the mock's truth.
  await card.scrollIntoViewIfNeeded();
  await expect.poll(() => stateSockets(last), { timeout: 10_000 }).toBe(1);
  const truth = await farmTruth(last);
  await expect(card.getByTestId('state')).toContainText(truth.state);
  await expect(card.locator('[data-heater]')).toHaveCount(0);
  await expect(card.getByTestId('file')).toHaveCount(0);
});

test('a printing card out of view for a while comes back in view with the values of its mock', async ({
  page,
  farm,
}) => {
  const { last } = await lastCardStateOff(page, farm.printers);
  const before = (await farmTruth(last)).job.progress.completion ?? 0;
  // Its print moves on while nobody looks (the mock's printer time, not the page's).
  last.mock.printer.job.tick(60);
  expect((await farmTruth(last)).job.progress.completion ?? 0).toBeGreaterThan(before);

  const card = cardOf(page, last);
  await card.scrollIntoViewIfNeeded();
  await expect.poll(() => stateSockets(last), { timeout: 10_000 }).toBe(1);
  await expect
    .poll(async () => {
      const truth = await farmTruth(last);
      const shown = Number.parseInt((await card.getByTestId('completion').textContent()) ?? '', 10);
      const target = Number(await card.locator('[data-heater="tool0"]').getByTestId('target').textContent());
      return {
        completion: Math.abs(shown - Math.floor(truth.job.progress.completion ?? -1)) <= 1,
        target: target === truth.tempsByHeater.tool0?.at(-1)?.[2],
        file: (await card.getByTestId('file').textContent()) === truth.job.file,
      };
    })
    .toEqual({ completion: true, target: true, file: true });
  await expect(card.getByTestId('state')).toHaveText((await farmTruth(last)).state);
});
