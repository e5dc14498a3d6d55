// The kiosk (/kiosk) on the printer's own touch screens: 800×480 and 1024×600, every target at least 48 × 48 px, no
// sideways scroll, preheat and a confirmed pause/cancel; it dims to a clock when idle and wakes without acting.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Controls a finger can hit that are smaller than 48 × 48 px, by name and size. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, select, input, a, [role="button"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 47.5 || r.height < 47.5)
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${r.width}×${r.height}`);
    }
    return out;
  });
}

const overflowX = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const size of [
  { width: 800, height: 480 },
  { width: 1024, height: 600 },
]) {
  test(`kiosk at ${size.width}×${size.height}: state, temperatures, job; big targets, no sideways scroll`, async ({
    page,
    dashboard,
    mock,
  }) => {
    void dashboard;
    await page.setViewportSize(size);
    await page.goto('/kiosk?dim=never');
    const state = page.getByTestId('kiosk-state');
    await expect(state).toHaveText('Operational');
    await expect(page.getByTestId('kiosk-heater-tool0')).toContainText('°C');
    await expect(page.getByTestId('kiosk-heater-bed')).toBeVisible();
    const preheat = page.getByRole('button', { name: /^Preheat/ });
    await expect(preheat).toBeEnabled();
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflowX(page)).toBe(0);

    await preheat.click();
    await expect(page.getByTestId('kiosk-heater-tool0')).toContainText('→');
    await page.getByRole('button', { name: 'Cool down' }).click();
    await expect(page.getByTestId('kiosk-heater-tool0')).toContainText('off');

    await mock.scenario('print', { seconds: 600 });
    await expect(state).toHaveText('Printing');
    await expect(page.getByTestId('kiosk-left')).not.toHaveText('–');
    await expect(page.getByRole('progressbar', { name: 'Print progress' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflowX(page)).toBe(0);
    await page.screenshot({ path: `test-results/kiosk-${size.width}x${size.height}.png` });

    // Pause asks first; "No" leaves the print alone, "Yes" pauses; cancel asks too.
    await page.getByRole('button', { name: 'Pause' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Pause the print?' });
    expect(await smallTargets(page)).toEqual([]);
    await ask.getByRole('button', { name: 'No, keep printing' }).click();
    await expect(ask).toBeHidden();
    await expect(state).toHaveText('Printing');
    await page.getByRole('button', { name: 'Pause' }).click();
    await ask.getByRole('button', { name: 'Yes, pause' }).click();
    await expect(state).toHaveText('Paused');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('alertdialog', { name: /^Cancel the print/ })
      .getByRole('button', { name: 'Yes, cancel print' })
      .click();
    await expect(state).toHaveText(/Operational|Cancelling/);
  });
}

test('idle, the kiosk dims to a clock; the touch that wakes it does nothing else', async ({ page, dashboard }) => {
  void dashboard;
  await page.setViewportSize({ width: 800, height: 480 });
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/')) posts.push(new URL(r.url()).pathname);
  });
  await page.goto('/kiosk?dim=2');
  await expect(page.getByTestId('kiosk-state')).toHaveText('Operational');
  const preheat = page.getByRole('button', { name: /^Preheat/ });
  await expect(preheat).toBeEnabled();
  const dim = page.getByTestId('kiosk-dim');
  await expect(dim).toBeVisible({ timeout: 10_000 });
  await expect(dim).toContainText(/\d\d:\d\d/);
  await expect(dim).toContainText('Operational');
  await page.screenshot({ path: 'test-results/kiosk-dimmed.png' });
  // A tap right where Preheat is: it wakes the screen, and no command goes out.
  const box = await preheat.boundingBox();
  if (!box) throw new Error('no Preheat button');
  const before = posts.length;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(dim).toBeHidden();
  await expect(preheat).toBeVisible();
  expect(posts.length).toBe(before);
  await expect(page.getByTestId('kiosk-heater-tool0')).toContainText('off');
  // Left alone again, it dims again.
  await expect(dim).toBeVisible({ timeout: 10_000 });
});

test('the kiosk never dims during a print', async ({ page, dashboard, mock }) => {
  void dashboard;
  await mock.scenario('print', { seconds: 600 });
  await page.goto('/kiosk?dim=1');
  await expect(page.getByTestId('kiosk-state')).toHaveText('Printing');
  // Three times the dim time, polled: the screen stays lit while the print runs.
  const start = Date.now();
  await expect
    .poll(async () => {
      expect(await page.getByTestId('kiosk-dim').count()).toBe(0);
      return Date.now() - start;
    })
    .toBeGreaterThan(3_000);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the kiosk has no serious or critical axe violations, printing (${scheme})`, async ({
    page,
    dashboard,
    mock,
  }) => {
    void dashboard;
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 800, height: 480 });
    await mock.scenario('print', { seconds: 600 });
    await page.goto('/kiosk?dim=never');
    await expect(page.getByTestId('kiosk-state')).toHaveText('Printing');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `test-results/kiosk-${scheme}.png` });
  });
}
