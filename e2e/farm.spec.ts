// The farm view with six mock OctoPrints: values equal each mock's truth, one printer's trouble stays on
// its own card, a visit to one dashboard keeps the farm's state, and a print end is notified once.
import type { Page } from '@playwright/test';
import type { FarmPrinter } from '../mock/farm.ts';
import { expect, test } from './fixtures.ts';
import { cardOf, farmTruth } from './support/farm.ts';

const LIVE_ROLES = ['printing', 'paused', 'offline', 'error', 'idle'];

async function openFarm(page: Page): Promise<void> {
  await page.goto('/printers');
  await expect(page.getByRole('heading', { name: 'Printers', level: 1 })).toBeVisible();
}

/** The card's hotend actual equals one of the mock's last readings (a newer one may be on its way), its target the last. */
async function heaterMatches(page: Page, p: FarmPrinter): Promise<boolean> {
  const truth = await farmTruth(p);
  const points = truth.tempsByHeater.tool0 ?? [];
  const card = cardOf(page, p).locator('[data-heater="tool0"]');
  const actual = Number(await card.getByTestId('actual').textContent());
  const target = Number(await card.getByTestId('target').textContent());
  const recent = points.slice(-3).map(([, a]) => Math.round((a ?? NaN) * 10) / 10);
  return recent.includes(actual) && target === points.at(-1)?.[2];
}

test("every card shows its own mock's state, heaters, job and progress", async ({ page, farm }) => {
  await openFarm(page);
  for (const p of farm.printers) {
    const card = cardOf(page, p);
    await expect(card.getByRole('heading', { name: p.name })).toBeVisible();
    if (p.role === 'refused-key') {
      await expect(card.getByTestId('link')).toHaveText('Key or login refused');
      continue;
    }
    await expect(card.getByTestId('link')).toHaveText('Live');
    await expect
      .poll(async () => (await card.getByTestId('state').textContent())?.startsWith((await farmTruth(p)).state))
      .toBe(true);
    if (p.role === 'offline' || p.role === 'error') {
      await expect(card.locator('[data-heater]')).toHaveCount(0);
      continue;
    }
    await expect.poll(() => heaterMatches(page, p), { timeout: 15_000 }).toBe(true);
    if (p.role === 'printing' || p.role === 'paused') {
      const truth = await farmTruth(p);
      await expect(card.getByTestId('file')).toHaveText(truth.job.file ?? '');
      await expect
        .poll(async () => {
          const shown = Number.parseInt((await card.getByTestId('completion').textContent()) ?? '', 10);
          const now = (await farmTruth(p)).job.progress.completion ?? -1;
          return Math.abs(shown - Math.floor(now)) <= 1;
        })
        .toBe(true);
      await expect(card.getByTestId('left')).toContainText('left');
    }
  }
  // Cards that need a person come first: error, paused, printer off, then the refused key.
  const order = await page.locator('.farm-card h2').allTextContents();
  const byRole = (role: string) => farm.printers.find((p) => p.role === role)?.name;
  expect(order.slice(0, 4)).toEqual([byRole('error'), byRole('paused'), byRole('offline'), byRole('refused-key')]);
});

test("a refused key shows on its card alone, and one printer's restart leaves the others live", async ({
  page,
  farm,
}) => {
  await openFarm(page);
  const [first, ...others] = farm.printers.filter((p) => p.role !== 'refused-key');
  if (!first) throw new Error('no printer');
  for (const p of farm.printers)
    await expect(cardOf(page, p).getByTestId('link')).toHaveText(
      p.role === 'refused-key' ? 'Key or login refused' : 'Live',
    );
  first.mock.scenario('restart', { downMs: 3000 });
  await expect(cardOf(page, first).getByTestId('link')).toContainText('Server unreachable');
  // While it is down, every other printer stays live and a printing one keeps updating.
  const printing = others.find((p) => p.role === 'printing');
  if (!printing) throw new Error('no second printing printer');
  const before = await cardOf(page, printing).locator('.farm-fresh').textContent();
  await expect(cardOf(page, printing).locator('.farm-fresh')).not.toHaveText(before ?? '');
  for (const p of others) await expect(cardOf(page, p).getByTestId('link')).toHaveText('Live');
  await expect(cardOf(page, first).getByTestId('link')).toHaveText('Live', { timeout: 15_000 });
});

test('opening a card and coming back keeps every socket and its values', async ({ page, farm }) => {
  await openFarm(page);
  const live = farm.printers.filter((p) => LIVE_ROLES.includes(p.role));
  for (const p of live) await expect(cardOf(page, p).getByTestId('link')).toHaveText('Live');
  const sockets = await Promise.all(
    farm.printers.map(
      async (p) => (await fetch(`${p.mock.url}/mock/truth`).then((r) => r.json())) as { sockets: number },
    ),
  );
  const target = live[0];
  if (!target) throw new Error('no live printer');
  await cardOf(page, target).getByRole('button', { name: 'Open dashboard' }).click();
  await expect(page).not.toHaveURL(/\/printers$/);
  await expect(page.getByRole('heading', { name: 'Job' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/printers$/);
  // At once live: the farm's sockets were never closed, so no card goes back to Connecting.
  for (const p of live) await expect(cardOf(page, p).getByTestId('link')).toHaveText('Live', { timeout: 1000 });
  await expect(page.getByText('Connecting…')).toHaveCount(0);
  // Each server still has the farm's one socket (the dashboard's own closed when it was left).
  await expect
    .poll(async () =>
      Promise.all(
        farm.printers.map(
          async (p) => ((await (await fetch(`${p.mock.url}/mock/truth`)).json()) as { sockets: number }).sockets,
        ),
      ),
    )
    .toEqual(sockets.map((s) => s.sockets));
});

test('a print end is notified once, on the farm view', async ({ page, farm }) => {
  await openFarm(page);
  const [other, idle] = farm.printers.filter((p) => p.role === 'printing');
  if (!idle || !other) throw new Error('no two printing printers');
  await expect(cardOf(page, idle).getByTestId('link')).toHaveText('Live');
  // Its long print is ended without an event (a fresh idle printer), then a short one runs to its end.
  idle.mock.scenario('reset');
  idle.mock.scenario('print', { seconds: 2 });
  const toast = page.locator('.farm-toast', { hasText: `${idle.name}: print mock_print.gcode finished` });
  await expect(toast).toHaveCount(1, { timeout: 15_000 });
  await expect(cardOf(page, idle).getByTestId('state')).toHaveText('Finished: clear the bed');
  // A later event elsewhere is the sync point: by then a repeated notice for the first end would have come too.
  other.mock.printer.job.pause();
  await expect(page.locator('.farm-toast', { hasText: `${other.name}: print mock_print.gcode paused` })).toHaveCount(1);
  await expect(toast).toHaveCount(1);
});

test('after a network blip that drops every printer at once, all come back live', async ({ page, farm }) => {
  await openFarm(page);
  const live = farm.printers.filter((p) => LIVE_ROLES.includes(p.role));
  for (const p of live) await expect(cardOf(page, p).getByTestId('link')).toHaveText('Live');
  const [first] = live;
  if (!first) throw new Error('no live printer');
  for (const p of farm.printers) p.mock.scenario('drop', { downMs: 1000 });
  await expect(cardOf(page, first).getByTestId('link')).not.toHaveText('Live');
  // Goal 5 s (npm run bench); the floor here is loose for a busy machine.
  for (const p of live) await expect(cardOf(page, p).getByTestId('link')).toHaveText('Live', { timeout: 15_000 });
  const refused = farm.printers.find((p) => p.role === 'refused-key');
  if (refused) await expect(cardOf(page, refused).getByTestId('link')).toHaveText('Key or login refused');
});

test('a server restarted as an older OctoPrint shows so on its own card', async ({ page, farm }) => {
  await openFarm(page);
  const [old, ...others] = farm.printers.filter((p) => p.role === 'printing' || p.role === 'paused');
  if (!old) throw new Error('no printer');
  await expect(cardOf(page, old).getByTestId('link')).toHaveText('Live');
  old.mock.scenario('restart', { downMs: 500, version: '1.7.3' });
  await expect(cardOf(page, old).getByTestId('link')).toHaveText('OctoPrint 1.7.3 is too old (1.8 or later)', {
    timeout: 15_000,
  });
  for (const p of others) await expect(cardOf(page, p).getByTestId('link')).toHaveText('Live');
});
