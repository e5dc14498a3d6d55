// Each control's effect seen on the server itself: its REST state, and the G-code it sent (a second socket client).
import { readFileSync } from 'node:fs';
import { expect, onServers, test } from './fixtures.ts';

const GCODE = readFileSync(new URL('../data/calibration-square.gcode', import.meta.url), 'utf8');
const FILE = 'e2e-real-controls.gcode';

onServers('controls', () => {
  test.afterEach(async ({ server }, testInfo) => {
    if (testInfo.status === 'skipped') return;
    await server.admin.restoreIdle();
    await server.admin.deleteFile(FILE);
  });

  test('heater targets and offsets are applied on the server', async ({ page, dashboard, controls, server }) => {
    await dashboard.open();
    await controls.targetInput('Tool 0').fill('55');
    await controls.heater('Tool 0').getByRole('button', { name: 'Set', exact: true }).click();
    await expect(controls.targetStatus('Tool 0')).toHaveText('Done');
    await expect.poll(async () => (await server.admin.printer()).temps.tool0?.target).toBe(55);
    await controls.targetInput('Bed').fill('35');
    await controls.heater('Bed').getByRole('button', { name: 'Set', exact: true }).click();
    await expect.poll(async () => (await server.admin.printer()).temps.bed?.target).toBe(35);

    await controls.heater('Tool 0').getByRole('spinbutton', { name: 'Tool 0 offset' }).fill('4');
    await controls.heater('Tool 0').getByRole('button', { name: 'Offset' }).click();
    await expect(page.getByRole('status', { name: 'Tool 0 offset status' })).toHaveText('Done');
    await expect.poll(async () => (await server.admin.printer()).temps.tool0?.offset).toBe(4);
  });

  test('jog, home, extrude, fan, feed and flow rate send their G-code to the printer', async ({
    page,
    dashboard,
    controls,
    observer,
  }) => {
    await dashboard.open();
    await page.getByRole('radio', { name: '10', exact: true }).check();
    await controls.button('Jog X +').click();
    await expect(page.getByRole('status', { name: 'Motion status' })).toHaveText('Done');
    await observer.sawLine(/Send: G0 X10 F6000/);
    await controls.button('Home all').click();
    await observer.sawLine(/Send: G28 X0 Y0 Z0/);
    await page.getByRole('spinbutton', { name: 'Length (mm)' }).fill('3');
    await controls.button('Extrude').click();
    await expect(page.getByRole('status', { name: 'Tool status' })).toHaveText('Done');
    await observer.sawLine(/Send: G1 E3 F300/);
    await controls.button('Fan on').click();
    await observer.sawLine(/Send: M106 S255/);
    await controls.button('Feed rate +5').click();
    await observer.sawLine(/Send: M220 S105/);
    await controls.button('Flow rate −5').click();
    await observer.sawLine(/Send: M221 S95/);
  });

  test('disconnect and connect the printer', async ({ page, dashboard, controls, server }) => {
    await dashboard.open();
    await controls.button('Disconnect printer').click();
    await controls.button('Yes, disconnect').click();
    await expect.poll(() => server.admin.connectionState(), { timeout: 15_000 }).toBe('Closed');
    await expect(dashboard.printerState).toHaveText('Offline');
    await controls.button('Connect printer').click();
    await expect.poll(() => server.admin.connectionState(), { timeout: 20_000 }).toBe('Operational');
    await expect(dashboard.printerState).toHaveText('Operational');
    await expect(page.getByRole('status', { name: 'Printer connection status' })).toHaveText('Done');
  });

  test('upload, select, print, pause, resume, cancel and delete a file', async ({
    page,
    dashboard,
    controls,
    server,
  }) => {
    await dashboard.open();
    await page
      .getByLabel('Upload G-code (or drop a file here)')
      .setInputFiles({ name: FILE, mimeType: 'text/x.gcode', buffer: Buffer.from(GCODE) });
    await expect(page.getByRole('status', { name: 'Upload status' })).toHaveText('Done');
    await expect.poll(() => server.admin.fileNames()).toContain(FILE);
    const row = controls.file(FILE);
    await row.getByRole('button', { name: `Select ${FILE}` }).click();
    await expect.poll(async () => (await server.admin.job()).file).toBe(FILE);
    await expect(page.getByTestId('job-file')).toHaveText(FILE);
    await controls.button('Print').click();
    await expect.poll(async () => (await server.admin.job()).state, { timeout: 15_000 }).toBe('Printing');
    expect((await server.admin.job()).file).toBe(FILE);
    await expect(dashboard.printerState).toHaveText('Printing');
    await controls.button('Pause').click();
    await expect.poll(async () => (await server.admin.job()).state, { timeout: 15_000 }).toBe('Paused');
    await expect(dashboard.printerState).toHaveText('Paused');
    await controls.button('Resume').click();
    await expect.poll(async () => (await server.admin.job()).state, { timeout: 15_000 }).toBe('Printing');
    await controls.button('Cancel').click();
    // OctoPrint's feature.printCancelConfirmation is on by default: the page asks first, as OctoPrint's does.
    await page
      .getByRole('alertdialog', { name: 'Cancel the print?' })
      .getByRole('button', { name: 'Yes, cancel print' })
      .click();
    await expect.poll(async () => (await server.admin.job()).state, { timeout: 20_000 }).toBe('Operational');
    await expect(dashboard.printerState).toHaveText('Operational');
    await row.getByRole('button', { name: `Delete ${FILE}` }).click();
    await page
      .getByRole('alertdialog', { name: `Delete ${FILE}?` })
      .getByRole('button', { name: 'Yes, delete' })
      .click();
    await expect.poll(() => server.admin.fileNames()).not.toContain(FILE);
    await expect(row).toHaveCount(0);
  });
});
