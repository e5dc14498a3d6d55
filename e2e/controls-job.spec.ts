// Job controls end to end: print, pause (double click), resume, cancel with confirmation, a user without the permission.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_API_KEY } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';

const GCODE = readFileSync(new URL('./data/calibration-square.gcode', import.meta.url));

test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

/** Selects a file through the API, as another client would; the dashboard picks it up from the push. */
async function selectJobFile(page: Page): Promise<void> {
  const res = await page.request.post('/api/files/local', {
    headers: { 'X-Api-Key': DEFAULT_API_KEY },
    multipart: { file: { name: 'job.gcode', mimeType: 'text/plain', buffer: GCODE }, select: 'true' },
  });
  expect(res.status()).toBe(201);
}

test('print, pause once on a double click, resume, and cancel after confirming', async ({
  page,
  dashboard,
  controls,
}) => {
  await selectJobFile(page);
  await dashboard.open();
  await expect(page.getByTestId('job-file')).toHaveText('job.gcode');
  await controls.button('Print').click();
  await expect(dashboard.printerState).toHaveText('Printing');
  await controls.button('Pause').dblclick();
  await expect(dashboard.printerState).toHaveText('Paused');
  expect(controls.count('POST /api/job')).toBe(2);
  await controls.button('Resume').click();
  await expect(dashboard.printerState).toHaveText('Printing');
  await controls.button('Cancel').click();
  const confirm = page.getByRole('alertdialog', { name: 'Cancel the print?' });
  await confirm.getByRole('button', { name: 'Keep printing' }).click();
  await expect(dashboard.printerState).toHaveText('Printing');
  await controls.button('Cancel').click();
  await confirm.getByRole('button', { name: 'Yes, cancel print' }).click();
  await expect(dashboard.printerState).toHaveText('Operational');
  await expect(controls.jobStatus).toHaveText('Done');
  expect(controls.count('POST /api/job')).toBe(4);
});

test('a user without the Print permission cannot start a job', async ({ page, dashboard, controls }) => {
  await selectJobFile(page);
  await controls.actAs(`${DEFAULT_API_KEY}-readonly`);
  await dashboard.open();
  await expect(page.getByTestId('job-file')).toHaveText('job.gcode');
  await expect(controls.button('Print')).toBeDisabled();
  await expect(page.getByText('needs the Print permission')).toBeVisible();
});
