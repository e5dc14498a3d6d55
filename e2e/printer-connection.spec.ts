// The printer's link to OctoPrint end to end: disconnect after confirming, connect again, and recover from an error.
import { expect, test } from './fixtures.ts';

test.beforeEach(async ({ mock }) => {
  await mock.scenario('reset');
});
test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

test('disconnect asks first; connect brings the printer back, each sent once', async ({
  page,
  dashboard,
  controls,
}) => {
  await dashboard.open();
  await controls.button('Disconnect printer').click();
  await expect(page.getByRole('alertdialog', { name: 'Disconnect the printer?' })).toBeVisible();
  expect(controls.count('POST /api/connection')).toBe(0);
  await controls.button('Yes, disconnect').dblclick();
  await expect(dashboard.printerState).toHaveText('Offline');
  await expect(page.getByRole('status', { name: 'Printer connection status' })).toHaveText('Done');
  await controls.button('Connect printer').dblclick();
  await expect(dashboard.printerState).toHaveText('Operational');
  await expect(page.getByRole('status', { name: 'Printer connection status' })).toHaveText('Done');
  expect(controls.count('POST /api/connection')).toBe(2);
});

test('after a firmware error the printer can be connected again from the dashboard', async ({
  dashboard,
  mock,
  controls,
}) => {
  await dashboard.open();
  await mock.scenario('printer-error');
  await expect(dashboard.printerState).toHaveText('Offline after error');
  await controls.button('Connect printer').click();
  await expect(dashboard.printerState).toHaveText('Operational');
});
