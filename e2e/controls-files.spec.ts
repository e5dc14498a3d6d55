// Files end to end: drag-and-drop upload, delete with confirmation, locked while printing, and a user without the
// permission (a real file uploaded and printed to completion is in controls-files-print.spec.ts).
import { readFileSync } from 'node:fs';
import { DEFAULT_API_KEY } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';

// Each test starts from, and leaves behind, an idle printer: the worker's mock is shared with other specs.
test.beforeEach(async ({ mock }) => {
  await mock.scenario('reset');
});
test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

const GCODE = new URL('./data/calibration-square.gcode', import.meta.url);
const gcode = () => ({ name: 'calibration-square.gcode', mimeType: 'text/x.gcode', buffer: readFileSync(GCODE) });

test('drag-and-drop uploads; delete asks first and sends once', async ({ page, dashboard, controls }) => {
  await dashboard.open();
  const text = readFileSync(GCODE, 'utf8');
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'dropped.gcode', { type: 'text/plain' }));
    return d;
  }, text);
  await page.getByText('Upload G-code (or drop a file here)').dispatchEvent('drop', { dataTransfer: dt });
  const row = controls.file('dropped.gcode');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Delete dropped.gcode' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete dropped.gcode?' });
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Delete dropped.gcode' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete' }).dblclick();
  await expect(row).toHaveCount(0);
  expect(controls.count('DELETE /api/files/local/dropped.gcode')).toBe(1);
});

test('search and sort narrow the list', async ({ page, dashboard, controls }) => {
  await dashboard.open();
  for (const name of ['alpha.gcode', 'beta.gcode']) {
    await page.getByLabel('Upload G-code (or drop a file here)').setInputFiles({ ...gcode(), name });
    await expect(controls.file(name)).toBeVisible();
  }
  await page.getByRole('searchbox', { name: 'Search files' }).fill('BETA');
  await expect(controls.fileList.getByRole('listitem')).toHaveCount(1);
  await expect(controls.file('beta.gcode')).toBeVisible();
});

test('a read-only user can list files but not upload, print or delete', async ({ page, dashboard, controls }) => {
  await page.request.post('/api/files/local', {
    headers: { 'X-Api-Key': DEFAULT_API_KEY },
    multipart: { file: gcode() },
  });
  await controls.actAs(`${DEFAULT_API_KEY}-readonly`);
  await dashboard.open();
  const row = controls.file('calibration-square.gcode');
  await expect(row.getByRole('button', { name: 'Print calibration-square.gcode' })).toBeDisabled();
  await expect(row.getByRole('button', { name: 'Delete calibration-square.gcode' })).toBeDisabled();
  await expect(page.getByLabel('Upload G-code (or drop a file here)')).toBeDisabled();
  await expect(page.getByText('needs the File Upload permission')).toBeVisible();
  expect(controls.sent).toEqual([]);
});
