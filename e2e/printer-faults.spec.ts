// Faults the printer raises while a command or a print runs: a slow call pending then refused, a target refused, a
// firmware error ending a print. On a private stack: the error leaves marks in the mock's truth (a heater-less point)
// that other specs compare with.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_API_KEY } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';

test.use({ privateStack: true });

test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

const GCODE = readFileSync(new URL('./data/calibration-square.gcode', import.meta.url));
const FIRMWARE_ERROR = 'Heating failed, system stopped! Heater_ID: 0 - Printer halted. kill() called!';

/** Selects a file through the API, as another client would; the dashboard picks it up from the push. */
async function selectJobFile(page: Page): Promise<void> {
  const res = await page.request.post('/api/files/local', {
    headers: { 'X-Api-Key': DEFAULT_API_KEY },
    multipart: { file: { name: 'job.gcode', mimeType: 'text/plain', buffer: GCODE }, select: 'true' },
  });
  expect(res.status()).toBe(201);
}

test('a slow call shows pending; a call the printer refuses shows the error', async ({
  page,
  dashboard,
  mock,
  controls,
}) => {
  await selectJobFile(page);
  await dashboard.open();
  await expect(page.getByTestId('job-file')).toHaveText('job.gcode');
  await mock.scenario('slow-rest', { ms: 1500 });
  await controls.button('Print').click();
  await expect(controls.jobStatus).toHaveText('Sending…');
  await expect(controls.button('Print')).toBeDisabled();
  // The printer fails while the request is on its way: OctoPrint answers 409.
  await mock.scenario('printer-error');
  await expect(controls.jobStatus).toHaveText(/^Failed: 409 /);
  // With the printer off, Connect takes Print's place in the status bar.
  await expect(controls.button('Print')).toHaveCount(0);
  await expect(controls.button('Connect printer')).toBeVisible();
  await expect(page.getByText('printer not operational').first()).toBeVisible();
});

test('a slow target shows pending, and one the printer refuses shows the error and restores the input', async ({
  dashboard,
  mock,
  controls,
}) => {
  await dashboard.open();
  await mock.scenario('slow-rest', { ms: 1500 });
  await controls.targetInput('Bed').fill('70');
  await controls.heater('Bed').getByRole('button', { name: 'Set', exact: true }).click();
  await expect(controls.targetStatus('Bed')).toHaveText('Sending…');
  await controls.targetInput('Bed').fill('75');
  // The printer fails while the request is on its way: OctoPrint answers 409 and the target never changes.
  await mock.scenario('printer-error');
  await expect(controls.targetStatus('Bed')).toHaveText(/^Failed: 409 /);
  await expect(controls.targetInput('Bed')).toHaveValue('70');
  await expect(controls.heater('Bed').getByRole('button', { name: 'Set', exact: true })).toBeDisabled();
});

test('a firmware error during a print ends it: print failed and error toasts, the error text, "Offline after error"', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await mock.scenario('print', { seconds: 120 });
  await expect(dashboard.printerState).toHaveText('Printing');
  await expect(page).toHaveTitle(/· mock_print\.gcode — OctoPrint Live$/);
  await expect(page.getByTestId('printer-error')).toHaveCount(0);
  await mock.scenario('printer-error', { message: FIRMWARE_ERROR });
  await expect(dashboard.printerState).toHaveText('Offline after error');
  await expect(page.getByTestId('printer-error')).toHaveText(FIRMWARE_ERROR);
  const alerts = dashboard.toasts.getByRole('alert');
  await expect(alerts.filter({ hasText: 'Printer error' })).toContainText(FIRMWARE_ERROR);
  await expect(alerts.filter({ hasText: 'Print failed' })).toContainText('mock_print.gcode — error');
  await expect(dashboard.eventFeed).toContainText('Print failed: mock_print.gcode (error)');
  await expect(dashboard.eventFeed).toContainText(`Printer error: ${FIRMWARE_ERROR}`);
  // The job is over, and not as a cancel.
  await expect(dashboard.jobFile).toHaveText('No file selected');
  await expect(page).toHaveTitle('OctoPrint Live');
  await expect(dashboard.toasts).not.toContainText('Print cancelled');
});
