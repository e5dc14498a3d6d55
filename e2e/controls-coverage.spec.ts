// Controls end to end beyond the other control specs: tool and home buttons, double clicks, terminal failure and
// autoscroll, and a cancel without confirmation when OctoPrint's printCancelConfirmation is off.
import { expect, test } from './fixtures.ts';
import { startStack, type Stack } from './support/stack.ts';

// Each test starts from, and leaves behind, an idle printer: the worker's mock is shared with other specs.
test.beforeEach(async ({ mock }) => {
  await mock.scenario('reset');
});
test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

/** Tests against a private mock whose settings say feature.printCancelConfirmation: false. */
const noCancelConfirmation = test.extend<object, { noConfirmStack: Stack }>({
  noConfirmStack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const stack = await startStack({
        env: { MOCK_ARGS: JSON.stringify({ settings: { printCancelConfirmation: false } }) },
      });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ noConfirmStack }, use) => use(noConfirmStack.baseURL),
});

test('fan off, motors off, home XY, home Z and an arrow-key jog each reach the printer once', async ({
  page,
  dashboard,
  controls,
}) => {
  await dashboard.open();
  await controls.button('Open terminal').click();
  const after = await controls.markTerminal();
  await controls.button('Fan off').click();
  await expect(controls.terminalOutput).toHaveText(after('Send: M106 S0'));
  await controls.button('Motors off').click();
  await expect(controls.terminalOutput).toHaveText(after('Send: M18'));
  await expect(controls.status('Tool status')).toHaveText('Done');
  expect(controls.count('POST /api/printer/command')).toBe(2);
  await controls.button('Home XY').click();
  await expect(controls.terminalOutput).toHaveText(after('Send: G28 X0 Y0'));
  await controls.button('Home Z').click();
  await expect(controls.terminalOutput).toHaveText(after('Send: G28 Z0'));
  await expect(controls.status('Motion status')).toHaveText('Done');
  expect(controls.count('POST /api/printer/printhead')).toBe(2);
  await page.getByRole('group', { name: /^Jog/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(controls.terminalOutput).toHaveText(after('Send: G0 X-10 '));
  await expect(controls.status('Motion status')).toHaveText('Done');
  expect(controls.count('POST /api/printer/printhead')).toBe(3);
  expect(controls.count('POST /api/printer/command')).toBe(2);
});

test('a double click on a preset, all off, fan on or motors off sends each once', async ({ dashboard, controls }) => {
  await dashboard.open();
  await controls.button('Open terminal').click();
  const after = await controls.markTerminal();
  await controls.button('PLA').dblclick();
  await expect(dashboard.target('tool0')).toHaveText('180.0 °C');
  await expect(dashboard.target('bed')).toHaveText('60.0 °C');
  expect([controls.count('POST /api/printer/tool'), controls.count('POST /api/printer/bed')]).toEqual([1, 1]);
  await controls.button('All off').dblclick();
  await expect(dashboard.target('tool0')).toHaveText('off');
  await expect(dashboard.target('bed')).toHaveText('off');
  expect([controls.count('POST /api/printer/tool'), controls.count('POST /api/printer/bed')]).toEqual([2, 2]);
  await controls.button('Fan on').dblclick();
  await expect(controls.terminalOutput).toHaveText(after('Send: M106 S255'));
  await controls.button('Motors off').dblclick();
  await expect(controls.terminalOutput).toHaveText(after('Send: M18'));
  await expect(controls.status('Tool status')).toHaveText('Done');
  expect(controls.count('POST /api/printer/command')).toBe(2);
});

test('a double click on a file’s Select or the terminal’s Send sends once', async ({ page, dashboard, controls }) => {
  expect(await controls.apiUpload({ name: 'twice.gcode' })).toBe(201);
  await dashboard.open();
  await controls.file('twice.gcode').getByRole('button', { name: 'Select twice.gcode' }).dblclick();
  await expect(page.getByTestId('job-file')).toHaveText('twice.gcode');
  expect(controls.count('POST /api/files/local/twice.gcode')).toBe(1);
  await controls.button('Open terminal').click();
  const after = await controls.markTerminal();
  await controls.commandInput.fill('M115');
  await controls.button('Send').dblclick();
  await expect(controls.terminalOutput).toHaveText(after('Send: M115'));
  await expect(controls.commandInput).toHaveValue('');
  expect(controls.count('POST /api/printer/command')).toBe(1);
});

test('a command the server refuses shows the failure and keeps the line to send again', async ({
  page,
  dashboard,
  controls,
}) => {
  const line = `M118 refused ${Date.now()}`;
  await page.route('**/api/printer/command', (route) =>
    route.fulfill({ status: 409, contentType: 'application/json', body: '{"error":"Printer is not operational"}' }),
  );
  await dashboard.open();
  await controls.button('Open terminal').click();
  await controls.commandInput.fill(line);
  await controls.commandInput.press('Enter');
  await expect(controls.status('Command status')).toHaveText('Failed: 409 Printer is not operational');
  await expect(controls.commandInput).toHaveValue(line);
  await expect(controls.terminalOutput).not.toContainText(line);
  await page.unroute('**/api/printer/command');
  await controls.commandInput.press('Enter');
  await expect(controls.terminalOutput).toContainText(`Send: ${line}`);
  await expect(controls.status('Command status')).toHaveText('Done');
  expect(controls.count('POST /api/printer/command')).toBe(2);
});

test('the terminal stops following new lines when scrolled up and follows again at the bottom', async ({
  dashboard,
  mock,
  controls,
}) => {
  const out = controls.terminalOutput;
  const run = Date.now();
  const fill = async (tag: string) => {
    expect(
      await mock.api('/api/printer/command', {
        commands: Array.from({ length: 30 }, (_, i) => `M118 ${run} ${tag} ${i}`),
      }),
    ).toBe(204);
    await expect(out).toContainText(`M118 ${run} ${tag} 29`);
  };
  const fromBottom = () => out.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
  const jump = controls.button('Jump to latest');
  await dashboard.open();
  await controls.button('Open terminal').click();
  await fill('first');
  await expect.poll(() => out.evaluate((el) => el.scrollHeight > el.clientHeight * 2)).toBe(true);
  await expect.poll(fromBottom).toBeLessThan(8);
  await expect(out).toHaveAttribute('data-follow', 'true');

  await out.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(out).toHaveAttribute('data-follow', 'false');
  await expect(jump).toBeVisible();
  await fill('while-reading');
  await expect.poll(() => out.evaluate((el) => el.scrollTop)).toBe(0);

  await out.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(out).toHaveAttribute('data-follow', 'true');
  await expect(jump).toHaveCount(0);
  await fill('at-bottom');
  await expect.poll(fromBottom).toBeLessThan(8);

  // Jump to latest follows again from wherever the user is.
  await out.evaluate((el) => el.scrollTo({ top: 0 }));
  await jump.click();
  await expect(out).toHaveAttribute('data-follow', 'true');
  await fill('after-jump');
  await expect.poll(fromBottom).toBeLessThan(8);
});

noCancelConfirmation(
  'with printCancelConfirmation off, Cancel cancels at once without asking',
  async ({ page, dashboard, mock, controls }) => {
    await dashboard.open();
    const settings = (await (await page.request.get('/api/settings')).json()) as {
      feature: { printCancelConfirmation: boolean };
    };
    expect(settings.feature.printCancelConfirmation).toBe(false);
    await mock.scenario('print', { seconds: 60 });
    await expect(dashboard.printerState).toHaveText('Printing');
    await controls.button('Cancel').click();
    await expect(dashboard.printerState).toHaveText('Operational');
    await expect(page.getByRole('alertdialog', { name: 'Cancel the print?' })).toHaveCount(0);
    await expect(controls.jobStatus).toHaveText('Done');
    expect(controls.count('POST /api/job')).toBe(1);
  },
);
