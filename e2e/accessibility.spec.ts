// axe finds no serious or critical violation in either theme, and the layout fits a phone and an 800×480 screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations in the ${scheme} theme`, async ({ dashboard, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await dashboard.open();
    await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations while printing with a prompt, toasts and slicing (${scheme})`, async ({
    dashboard,
    mock,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await dashboard.open();
    await mock.scenario('print', { seconds: 120 });
    await mock.scenario('notify', { message: 'Filament low' });
    await mock.scenario('prompt', { text: 'Continue?', choices: ['Yes', 'No'] });
    await mock.scenario('slice', { model: 'a11y.stl', seconds: 60 });
    await expect(dashboard.prompt).toBeVisible();
    await expect(dashboard.slicing).toBeVisible();
    await expect(dashboard.toasts).toContainText('Filament low');
    await expect(dashboard.jobFile).toHaveText('mock_print.gcode');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the theme toggle overrides the system and is remembered', async ({ dashboard, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await dashboard.open();
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await dashboard.openSettings();
  await dashboard.themeSelect.selectOption('dark');
  await expect.poll(bg).not.toBe(light);
  await page.reload();
  await dashboard.openSettings();
  await expect(dashboard.themeSelect).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const size of [
  { width: 360, height: 740 },
  { width: 800, height: 480 },
]) {
  test(`fits a ${size.width}×${size.height} screen without sideways scrolling`, async ({ dashboard, page }) => {
    await page.setViewportSize(size);
    await dashboard.open();
    // The chart draws only where it can be seen: on a short screen it is below the heaters.
    await dashboard.chart.scrollIntoViewIfNeeded();
    await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('heading', { name: 'Heaters' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Connection' })).toBeInViewport();
  });
}
