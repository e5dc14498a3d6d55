// The temperature chart's controls (window, pause, heater toggles), its tooltip, text alternative and draw counts.
import { expect, test } from './fixtures.ts';

test('the window follows the server cutoff and can be changed', async ({ dashboard }) => {
  await dashboard.open();
  await expect(dashboard.chart).toHaveAttribute('data-window-minutes', '30');
  await dashboard.windowSelect.selectOption('5');
  await expect(dashboard.chart).toHaveAttribute('data-window-minutes', '5');
  await dashboard.page.reload();
  await expect(dashboard.windowSelect).toHaveValue('5');
  await expect(dashboard.chart).toHaveAttribute('data-window-minutes', '5');
});

test('pausing freezes the chart and resuming catches up', async ({ dashboard }) => {
  await dashboard.open();
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(0);
  await dashboard.pauseChart.click();
  await expect(dashboard.pauseChart).toHaveAttribute('aria-pressed', 'true');
  const frozen = await dashboard.chartPoints();
  // Points keep arriving in the store (the readouts move) while the chart stays as it was.
  const readout = await dashboard.actual('tool0').textContent();
  await dashboard.setTarget('Tool 0', 150);
  await expect(dashboard.actual('tool0')).not.toHaveText(readout ?? '');
  expect(await dashboard.chartPoints()).toBe(frozen);
  await dashboard.pauseChart.click();
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(frozen);
});

test('legend toggles hide a heater from the chart and its summary', async ({ dashboard }) => {
  await dashboard.open();
  await expect(dashboard.chartSummary).toContainText(/Tool 0 \d+\.\d °C/);
  await expect(dashboard.chartSummary).toContainText('Bed');
  await dashboard.legendToggle('Bed').click();
  await expect(dashboard.legendToggle('Bed')).toHaveAttribute('aria-pressed', 'false');
  await expect(dashboard.chartSummary).not.toContainText('Bed');
  await dashboard.legendToggle('Bed').click();
  await expect(dashboard.chartSummary).toContainText('Bed');
});

test('the values under the cursor show in a tooltip beside it, and it goes when the cursor leaves', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await dashboard.setTarget('Tool 0', 200);
  await expect(dashboard.target('tool0')).toHaveText('200.0 °C');
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(2);
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip).toBeHidden();
  // Hovering the newest data: its clock time, and the new target on the tool's target line.
  const plot = page.locator('.u-over');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot area');
  await expect(async () => {
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await expect(tooltip).toBeVisible({ timeout: 1000 });
    await expect(tooltip).toContainText(/\d{1,2}:\d{2}:\d{2}/, { timeout: 1000 });
    await expect(tooltip.locator('div', { hasText: 'Tool 0 target' })).toContainText('200.0 °C', { timeout: 1000 });
  }).toPass();
  // Beside the cursor, inside the plot (not under the chart).
  const tip = await tooltip.boundingBox();
  expect(tip && tip.y + tip.height <= box.y + box.height + 1).toBe(true);
  await page.mouse.move(box.x + box.width / 2, box.y - 60);
  await expect(tooltip).toBeHidden();
});

test('toggling a heater while the chart is paused keeps the plot and its axes drawn', async ({ dashboard }) => {
  await dashboard.open();
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(1);
  await dashboard.pauseChart.click();
  await expect(dashboard.pauseChart).toHaveAttribute('aria-pressed', 'true');
  const painted = await dashboard.chartPaintedPixels();
  expect(painted).toBeGreaterThan(1000);
  await dashboard.legendToggle('Bed').click();
  await expect(dashboard.legendToggle('Bed')).toHaveAttribute('aria-pressed', 'false');
  // The bed's two lines are gone; the axes, the grid and the tool's lines are still there (it was blank before).
  await expect.poll(() => dashboard.chartPaintedPixels()).toBeGreaterThan(painted * 0.6);
  await dashboard.legendToggle('Bed').click();
  await expect.poll(() => dashboard.chartPaintedPixels()).toBeGreaterThan(painted * 0.9);
});

test('the chart draws at most once per new point, and not while paused or scrolled away', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await expect.poll(() => dashboard.chartDraws()).toBeGreaterThan(0);
  const [points0, draws0] = [await dashboard.chartPoints(), await dashboard.chartDraws()];
  await expect.poll(() => dashboard.chartPoints(), { timeout: 15_000 }).toBeGreaterThanOrEqual(points0 + 3);
  const [points1, draws1] = [await dashboard.chartPoints(), await dashboard.chartDraws()];
  // The mock's fresh history is far from the 60-minute trim, so the points only grow.
  expect(draws1 - draws0).toBeGreaterThan(0);
  expect(draws1 - draws0).toBeLessThanOrEqual(points1 - points0);
  // Paused: points arrive (the readouts move) and the chart does not draw.
  await dashboard.pauseChart.click();
  await expect(dashboard.pauseChart).toHaveAttribute('aria-pressed', 'true');
  const paused = await dashboard.chartDraws();
  const readout = await dashboard.actual('tool0').textContent();
  await dashboard.setTarget('Tool 0', 120);
  await expect(dashboard.actual('tool0')).not.toHaveText(readout ?? '');
  expect(await dashboard.chartDraws()).toBe(paused);
  await dashboard.pauseChart.click();
  await expect.poll(() => dashboard.chartDraws()).toBeGreaterThan(paused);
  // Scrolled out of view: no draws until it comes back.
  await page.setViewportSize({ width: 1280, height: 300 });
  // A short screen re-lays the cards out (a button found before may be gone): scroll the page itself until it settles.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(dashboard.chart).not.toBeInViewport({ timeout: 1000 });
  }).toPass();
  const away = await dashboard.chartDraws();
  const readoutAway = await dashboard.actual('tool0').textContent();
  await expect(dashboard.actual('tool0')).not.toHaveText(readoutAway ?? '', { timeout: 10_000 });
  expect(await dashboard.chartDraws()).toBe(away);
  await dashboard.chart.scrollIntoViewIfNeeded();
  await expect.poll(() => dashboard.chartDraws()).toBeGreaterThan(away);
});
