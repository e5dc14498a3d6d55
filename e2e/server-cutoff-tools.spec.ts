// A server with its own `temperature.cutoff` and two tools: the chart window follows the cutoff, the legend has a
// toggle per heater that reports.
import { expect, test } from './fixtures.ts';

const SERVER_CUTOFF_MINUTES = 10;

test.use({ mockArgs: { tools: 2, cutoffMinutes: SERVER_CUTOFF_MINUTES } });

test('the chart window follows the server cutoff', async ({ dashboard }) => {
  await dashboard.open();
  await expect(dashboard.windowSelect).toHaveValue('server');
  await expect(dashboard.windowSelect.getByRole('option', { name: /^Fit to data/ })).toHaveText(
    `Fit to data, up to ${SERVER_CUTOFF_MINUTES} min`,
  );
  await expect(dashboard.chart).toHaveAttribute('data-window-minutes', String(SERVER_CUTOFF_MINUTES));
});

test('the legend has a toggle per tool and the bed, and none for a chamber that reports nothing', async ({
  dashboard,
}) => {
  await dashboard.open();
  const toggles = dashboard.page.getByRole('group', { name: 'Show heaters' }).getByRole('button');
  await expect(toggles).toHaveText(['Tool 0', 'Tool 1', 'Bed']);
  await expect(dashboard.legendToggle('Tool 1')).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.chartSummary).toContainText(/Tool 1 \d+\.\d °C/);
  await expect(dashboard.chartSummary).not.toContainText('Chamber');
});
