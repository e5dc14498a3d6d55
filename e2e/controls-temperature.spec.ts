// Temperature controls end to end: a target done by observation, a double click, presets, all off, a read-only user.
import { DEFAULT_API_KEY } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';

// Each test starts from, and leaves behind, an idle printer: the worker's mock is shared with other specs.
test.beforeEach(async ({ mock }) => {
  await mock.scenario('reset');
});
test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

test('a double-clicked target is sent once and is done when the pushed temperatures show it', async ({
  dashboard,
  controls,
}) => {
  await dashboard.open();
  await controls.targetInput('Tool 0').fill('190');
  await controls.heater('Tool 0').getByRole('button', { name: 'Set', exact: true }).dblclick();
  await expect(controls.targetStatus('Tool 0')).toHaveText('Done');
  await expect(dashboard.target('tool0')).toHaveText('190.0 °C');
  expect(controls.count('POST /api/printer/tool')).toBe(1);
});

test('an offset is done when the pushed offsets show it, and the bed has one too', async ({
  page,
  dashboard,
  controls,
}) => {
  await dashboard.open();
  const offset = controls.heater('Tool 0').getByRole('spinbutton', { name: 'Tool 0 offset' });
  await expect(offset).toHaveAttribute('placeholder', '0');
  await offset.fill('5');
  await controls.heater('Tool 0').getByRole('button', { name: 'Offset' }).dblclick();
  await expect(page.getByRole('status', { name: 'Tool 0 offset status' })).toHaveText('Done');
  await expect(offset).toHaveAttribute('placeholder', '+5');
  expect(controls.count('POST /api/printer/tool')).toBe(1);
  await controls.heater('Bed').getByRole('spinbutton', { name: 'Bed offset' }).fill('-3');
  await controls.heater('Bed').getByRole('button', { name: 'Offset' }).click();
  await expect(page.getByRole('status', { name: 'Bed offset status' })).toHaveText('Done');
  await expect(controls.heater('Bed').getByRole('spinbutton', { name: 'Bed offset' })).toHaveAttribute(
    'placeholder',
    '-3',
  );
});

test('presets come from OctoPrint’s temperature profiles, and all off turns every heater off', async ({
  page,
  dashboard,
  controls,
}) => {
  await dashboard.open();
  await controls.button('PLA').click();
  await expect(page.getByRole('status', { name: 'Preset status' })).toHaveText('Done');
  await expect(dashboard.target('tool0')).toHaveText('180.0 °C');
  await expect(dashboard.target('bed')).toHaveText('60.0 °C');
  await controls.button('All off').click();
  await expect(page.getByRole('status', { name: 'Preset status' })).toHaveText('Done');
  await expect(dashboard.target('tool0')).toHaveText('off');
  await expect(dashboard.target('bed')).toHaveText('off');
});

test('a read-only user sees the controls disabled with the reason, and sends nothing', async ({
  page,
  dashboard,
  controls,
}) => {
  await controls.actAs(`${DEFAULT_API_KEY}-readonly`);
  await dashboard.open();
  await expect(controls.button('PLA')).toBeDisabled();
  await expect(controls.heater('Tool 0').getByRole('button', { name: 'Set', exact: true })).toBeDisabled();
  await expect(page.getByText('needs the Control permission').first()).toBeVisible();
  // The read-only group keeps the terminal (MONITOR_TERMINAL) but not its command line.
  await controls.button('Open terminal').click();
  await expect(controls.commandInput).toBeDisabled();
  expect(controls.sent).toEqual([]);
});
