// A real G-code file uploaded with progress and its analysis, then printed to completion, on a mock running 10×
// faster (the rest of the files panel is in controls-files.spec.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test.use({ mockSpeed: 10 });

test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

const GCODE = new URL('./data/calibration-square.gcode', import.meta.url);
const gcode = () => ({ name: 'calibration-square.gcode', mimeType: 'text/x.gcode', buffer: readFileSync(GCODE) });

test('uploads a real G-code file with progress and prints it to completion', async ({ page, controls }) => {
  await page.goto('/');
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  await page.getByLabel('Upload G-code (or drop a file here)').setInputFiles(gcode());
  await expect(page.getByRole('status', { name: 'Upload status' })).toHaveText('Done');
  const row = controls.file('calibration-square.gcode');
  await expect(row).toContainText(/est\. \d+ s/);
  await expect(row).toContainText(/filament 266 mm/);
  await row.getByRole('button', { name: 'Print calibration-square.gcode' }).click();
  await expect(page.getByTestId('printer-state')).toHaveText('Printing');
  await expect(page.getByTestId('job-file')).toHaveText('calibration-square.gcode');
  // Locked while the printer uses it.
  await expect(row.getByRole('button', { name: 'Delete calibration-square.gcode' })).toBeDisabled();
  await expect(row).toContainText('in use by the printer');
  await expect(page.getByTestId('printer-state')).toHaveText('Operational', { timeout: 20_000 });
  await expect(row.getByRole('button', { name: 'Delete calibration-square.gcode' })).toBeEnabled();
  // Completed, not cancelled: OctoPrint counts a successful print on the file and the job reached 100 %.
  const file = (await (await page.request.get('/api/files/local/calibration-square.gcode')).json()) as {
    prints?: { success: number };
  };
  expect(file.prints?.success).toBe(1);
  const job = (await (await page.request.get('/api/job')).json()) as {
    progress: { completion: number };
  };
  expect(job.progress.completion).toBe(100);
  const truth = (await (await page.request.get('/mock/truth')).json()) as { speed: number };
  expect(truth.speed).toBe(10);
});
