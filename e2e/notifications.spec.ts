// OctoPrint's action-command notifications and prompts, and slicing progress, against the mock's scenarios.
import { expect, test } from './fixtures.ts';

test('an action-command notification shows as a toast, in the list and in the feed', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await mock.scenario('notify', { message: 'Filament <b>low</b>' });
  await expect(dashboard.toasts).toContainText('Filament <b>low</b>');
  await expect(page.getByTestId('action-notifications')).toContainText('Filament <b>low</b>');
  await expect(dashboard.eventFeed).toContainText('Printer says: Filament <b>low</b>');
  await page.getByRole('button', { name: 'Dismiss: Filament <b>low</b>' }).click();
  await expect(page.getByRole('heading', { name: 'Printer messages' })).toHaveCount(0);
});

test('a prompt is answered with the chosen button and closes', async ({ dashboard, mock, page }) => {
  await dashboard.open();
  await mock.scenario('prompt', { text: 'Filament runout. Continue?', choices: ['Purge more', 'Continue'] });
  await expect(dashboard.prompt).toContainText('Filament runout. Continue?');
  await expect(dashboard.prompt).toBeFocused();
  await dashboard.prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(dashboard.prompt).toHaveCount(0);
  // The server's prompt is gone only when it accepted the answer (a bad choice index would leave it open).
  await expect.poll(async () => (await page.request.get('/api/plugin/action_command_prompt')).json()).toEqual({});
});

test('a prompt that was open before the page loaded is shown after login', async ({ dashboard, mock, page }) => {
  await mock.scenario('prompt', { text: 'Remove the print', choices: ['Done'] });
  await page.goto('/');
  await expect(dashboard.prompt).toContainText('Remove the print');
  await dashboard.prompt.getByRole('button', { name: 'Done' }).click();
  await expect(dashboard.prompt).toHaveCount(0);
});

test('notifications the printer sent before the page loaded are listed after login, without a toast', async ({
  dashboard,
  mock,
  page,
}) => {
  await mock.scenario('notify', { message: 'Nozzle wiped' });
  await page.goto('/');
  await expect(page.getByTestId('action-notifications')).toContainText('Nozzle wiped');
  await expect(dashboard.toasts).not.toContainText('Nozzle wiped');
});

test('slicing shows a progress bar per job, closed by SlicingDone or SlicingFailed', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await mock.scenario('slice', { model: 'cube.stl', seconds: 3 });
  const bar = page.getByRole('progressbar', { name: 'Slicing cube.stl' });
  await expect(bar).toBeVisible();
  await expect(dashboard.slicing).toContainText('Sliced cube.stl → cube.gcode', { timeout: 15_000 });
  await expect(bar).toHaveAttribute('value', '100');
  await expect(dashboard.toasts).toContainText('Slicing done');
  await mock.scenario('slice', { model: 'broken.stl', seconds: 2, fail: true });
  await expect(dashboard.slicing).toContainText(
    'Failed broken.stl → broken.gcode (Slicer failed: mock failure requested)',
    { timeout: 15_000 },
  );
  await expect(dashboard.toasts).toContainText('Slicing failed');
});
