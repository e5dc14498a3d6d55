// A print watched end to end: job panel, tab title, markings, feed and toasts for done, pause, resume, cancel.
import { expect, test } from './fixtures.ts';

test('a print fills the job panel and the title, marks the chart, and ends with a done toast', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await expect(dashboard.jobFile).toHaveText('No file selected');
  await mock.scenario('print', { seconds: 6 });
  await expect(dashboard.printerState).toHaveText('Printing');
  await expect(dashboard.jobFile).toHaveText('mock_print.gcode');
  await expect.poll(async () => parseFloat((await dashboard.jobPercent.textContent()) ?? '0')).toBeGreaterThan(0);
  await expect(page).toHaveTitle(/^\d+% · mock_print\.gcode — OctoPrint Live$/);
  await expect(page.getByTestId('job-left-origin')).not.toHaveText('(no estimate yet)');
  await expect(page.getByTestId('job-finish')).toHaveText(/\d\d:\d\d/);
  await expect.poll(async () => Number(await dashboard.chart.getAttribute('data-markings'))).toBeGreaterThanOrEqual(2);
  await expect(dashboard.eventFeed).toContainText('Print started: mock_print.gcode');
  await expect(dashboard.toasts).toContainText('Print done', { timeout: 15_000 });
  await expect(dashboard.eventFeed).toContainText(/Print done: mock_print\.gcode in \d+ s/);
  await expect(page).toHaveTitle('OctoPrint Live');
});

test('pause, resume and cancel show in the state, the title, the toasts and the feed', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await mock.scenario('print', { seconds: 120 });
  await expect(dashboard.printerState).toHaveText('Printing');
  expect(await mock.api('/api/job', { command: 'pause', action: 'pause' })).toBe(204);
  await expect(dashboard.printerState).toHaveText('Paused');
  await expect(dashboard.toasts).toContainText('Print paused');
  await expect(page).toHaveTitle(/\(paused\) · mock_print\.gcode/);
  expect(await mock.api('/api/job', { command: 'pause', action: 'resume' })).toBe(204);
  await expect(dashboard.printerState).toHaveText('Printing');
  await expect(dashboard.eventFeed).toContainText('Print resumed: mock_print.gcode');
  expect(await mock.api('/api/job', { command: 'cancel' })).toBe(204);
  await expect(dashboard.toasts).toContainText('Print cancelled');
  await expect(dashboard.eventFeed).toContainText('Print cancelled: mock_print.gcode');
  await expect(dashboard.printerState).toHaveText('Operational');
  // A cancel also sends PrintFailed{reason: cancelled}: it must not add a "Print failed" toast.
  await expect(dashboard.toasts).not.toContainText('Print failed');
});

test('a firmware error shows as an error toast and on the printer line until dismissed', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await mock.scenario('printer-error');
  await expect(dashboard.printerState).toHaveText('Offline after error');
  await expect(page.getByTestId('printer-error')).toContainText('Thermal Runaway');
  const alert = dashboard.toasts.getByRole('alert');
  await expect(alert).toContainText('Printer error');
  await dashboard.toasts.getByRole('button', { name: 'Dismiss Printer error' }).click();
  await expect(alert).toHaveCount(0);
  await mock.scenario('connect');
  await expect(dashboard.printerState).toHaveText('Operational', { timeout: 15_000 });
  await expect(page.getByTestId('printer-error')).toHaveCount(0);
});
