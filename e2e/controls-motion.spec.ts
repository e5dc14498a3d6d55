// Motion and tool end to end: jog by button and keyboard, home, extrude, fan, factors; disabled while printing.
import { DEFAULT_API_KEY } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';

// Each test starts from, and leaves behind, an idle printer: the worker's mock is shared with other specs.
test.beforeEach(async ({ mock }) => {
  await mock.scenario('reset');
});
test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

test('jog, home and tool commands reach the printer once each, and show in the terminal', async ({
  page,
  dashboard,
  controls,
}) => {
  await dashboard.open();
  await controls.button('Open terminal').click();
  await page.getByRole('radio', { name: '1', exact: true }).check();
  await controls.button('Jog X +').dblclick();
  await expect(page.getByRole('status', { name: 'Motion status' })).toHaveText('Done');
  expect(controls.count('POST /api/printer/printhead')).toBe(1);
  await expect(controls.terminalOutput).toContainText('G0 X1 ');
  const pad = page.getByRole('group', { name: /^Jog/ });
  await pad.focus();
  await page.keyboard.press('PageUp');
  await expect(controls.terminalOutput).toContainText('G0 Z1 ');
  await page.keyboard.press('Home');
  await expect(controls.terminalOutput).toContainText('G28 X0 Y0');
  await page.getByRole('spinbutton', { name: 'Length (mm)' }).fill('7');
  await controls.button('Retract').click();
  await expect(controls.terminalOutput).toContainText('G1 E-7');
  await controls.button('Fan on').click();
  await expect(controls.terminalOutput).toContainText('M106 S255');
  await controls.button('Flow rate +5').click();
  await expect(page.getByRole('status', { name: 'Flow rate status' })).toHaveText('Done');
  await controls.button('Flow rate +5').click();
  await expect(controls.terminalOutput).toContainText('M221 S110');
});

test('motion is disabled while printing, but the feed rate is not', async ({ page, dashboard, mock, controls }) => {
  await dashboard.open();
  await mock.scenario('print', { seconds: 60 });
  await expect(dashboard.printerState).toHaveText('Printing');
  await expect(controls.button('Jog X +')).toBeDisabled();
  await expect(controls.button('Extrude')).toBeDisabled();
  await expect(page.getByText('not while printing').first()).toBeVisible();
  await controls.button('Feed rate +5').click();
  await expect(page.getByRole('status', { name: 'Feed rate status' })).toHaveText('Done');
});

test('a paused print can be jogged and extruded (a filament change), as OctoPrint allows', async ({
  page,
  dashboard,
  mock,
  controls,
}) => {
  await dashboard.open();
  await mock.scenario('print', { seconds: 60 });
  await expect(dashboard.printerState).toHaveText('Printing');
  await controls.button('Pause').click();
  await expect(dashboard.printerState).toHaveText('Paused');
  await controls.button('Jog Z +').click();
  await expect(page.getByRole('status', { name: 'Motion status' })).toHaveText('Done');
  await controls.button('Extrude').click();
  await expect(page.getByRole('status', { name: 'Tool status' })).toHaveText('Done');
  expect(controls.count('POST /api/printer/printhead')).toBe(1);
});

test('a jog the server refuses shows the failure and leaves the pad usable', async ({ page, dashboard, controls }) => {
  await page.route('**/api/printer/printhead', (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: '{"error":"Printer is not operational or currently printing"}',
    }),
  );
  await dashboard.open();
  await controls.button('Jog Y −').click();
  await expect(page.getByRole('status', { name: 'Motion status' })).toContainText('Failed');
  await expect(page.getByRole('status', { name: 'Motion status' })).toContainText('currently printing');
  await expect(controls.button('Jog Y −')).toBeEnabled();
});

test('a read-only user cannot move the printer', async ({ page, dashboard, controls }) => {
  await controls.actAs(`${DEFAULT_API_KEY}-readonly`);
  await dashboard.open();
  await expect(controls.button('Jog X +')).toBeDisabled();
  await expect(controls.button('Home all')).toBeDisabled();
  await expect(page.getByText('needs the Control permission').first()).toBeVisible();
});
