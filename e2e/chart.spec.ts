// The temperature chart's controls: window selector, pause, legend toggles, and its text alternative.
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

test('the legend shows the newest values, and the values under the cursor while hovering', async ({ dashboard, page }) => {
  await dashboard.open();
  await dashboard.setTarget('Tool 0', 200);
  await expect(dashboard.target('tool0')).toHaveText('200.0 °C');
  const legend = page.locator('.u-legend');
  const time = legend.locator('tr').first();
  const toolTarget = legend.locator('tr', { hasText: 'Tool 0 target' });
  // Cursor away: the newest point, which already carries the new target.
  await expect(time).toContainText('now');
  await expect(toolTarget).toContainText('200.0 °C');
  // Hovering the data at the plot's right edge: that point's clock time instead of "now".
  const plot = page.locator('.u-over');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot area');
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await expect(time).toContainText(/\d{1,2}:\d{2}:\d{2}/);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await expect(time).toContainText('now');
});
