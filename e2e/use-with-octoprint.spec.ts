// README "Use with your OctoPrint" end to end: the three ways to run against an OctoPrint, both logins, reauth reasons and a read-only user.
import { startMock } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';

/** A strict mock on its own port, and the app served alone on another port: the browser talks cross-origin. */
test.use({ mockArgs: { strict: true, appkeyDelayMs: 0 }, stackOptions: { proxy: false } });

test.describe.configure({ mode: 'serial' });

// After the dashboard fixture's own reset, so that what this sets up stays for the test.
test.beforeEach(async ({ octoprint, dashboard: _ }) => {
  octoprint.scenario('reset');
  octoprint.scenario('cors', { allow: true });
  const admin = octoprint.state.user('admin');
  if (admin) admin.apikey = octoprint.apiKey;
});

test('way 2, direct: an API key connects cross-origin, and a key not remembered is stored nowhere', async ({
  page,
  connect,
  dashboard,
  octoprint,
}) => {
  await page.goto('/');
  await expect(connect.heading).toBeVisible();
  await connect.connect(octoprint.url, octoprint.apiKey);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.printerState).toHaveText('Operational');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(octoprint.apiKey);
  expect(page.url()).not.toContain(octoprint.apiKey);
  await page.reload();
  await expect(connect.heading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open' })).toBeDisabled();
});

test('way 2, direct: "remember" opens the last server first on the next visit', async ({
  page,
  connect,
  dashboard,
  octoprint,
}) => {
  await page.goto('/');
  await connect.connect(octoprint.url, octoprint.apiKey, true);
  await expect(dashboard.linkState).toHaveText('Live');
  await page.reload();
  await expect(dashboard.linkState).toHaveText('Live');
});

test('several saved servers: the header switches between them and the last one used opens first', async ({
  page,
  connect,
  dashboard,
  octoprint,
}) => {
  const second = await startMock({ port: 0, version: '1.10.3' });
  try {
    await page.goto('/');
    await connect.connect(octoprint.url, octoprint.apiKey, true);
    await expect(dashboard.freshness).toContainText('OctoPrint 1.11.8');
    // The switcher is in the settings menu; each server's dashboard opens with the menu closed.
    const switcher = page.getByRole('combobox', { name: 'OctoPrint server' });
    await dashboard.openSettings();
    await switcher.selectOption({ label: 'Other server…' });
    await connect.connect(second.url, second.apiKey, true);
    await expect(dashboard.freshness).toContainText('OctoPrint 1.10.3');
    await dashboard.openSettings();
    await expect(switcher.getByRole('option')).toHaveText([
      new URL(octoprint.url).host,
      new URL(second.url).host,
      'Other server…',
    ]);
    await switcher.selectOption({ label: new URL(octoprint.url).host });
    await expect(dashboard.freshness).toContainText('OctoPrint 1.11.8');
    await expect(dashboard.linkState).toHaveText('Live');
    await dashboard.openSettings();
    await switcher.selectOption({ label: new URL(second.url).host });
    await expect(dashboard.freshness).toContainText('OctoPrint 1.10.3');
    await page.reload();
    await expect(dashboard.freshness).toContainText('OctoPrint 1.10.3');
  } finally {
    await second.close();
  }
});

test('a wrong key and a server without CORS are explained', async ({ page, connect, octoprint }) => {
  await page.goto('/');
  await connect.connect(octoprint.url, 'not-the-key');
  await expect(connect.alert).toContainText('did not accept this API key');
  octoprint.scenario('cors', { allow: false });
  await connect.connect(octoprint.url, octoprint.apiKey);
  await expect(connect.alert).toContainText('api.allowCrossOrigin');
});

test('Log in with OctoPrint: the Application Keys flow waits for approval, then connects', async ({
  page,
  connect,
  dashboard,
  octoprint,
}) => {
  await page.goto('/');
  await connect.address.fill(octoprint.url);
  const popup = page.waitForEvent('popup');
  await connect.appKeyButton.click();
  await expect(page.getByRole('status')).toContainText('Approve');
  await (await popup).close();
  octoprint.scenario('appkey-decision', { allow: true });
  await expect(dashboard.linkState).toHaveText('Live');
});

test('a denied Application Keys request says so', async ({ page, connect, octoprint }) => {
  await page.goto('/');
  await connect.address.fill(octoprint.url);
  const popup = page.waitForEvent('popup');
  await connect.appKeyButton.click();
  await (await popup).close();
  octoprint.scenario('appkey-decision', { allow: false });
  await expect(connect.alert).toContainText('denied');
});

for (const reason of ['logout', 'stale', 'removed', 'modified']) {
  test(`reauthRequired "${reason}" logs in again passively while the key works`, async ({
    page,
    connect,
    dashboard,
    octoprint,
  }) => {
    await page.goto('/');
    await connect.connect(octoprint.url, octoprint.apiKey);
    await expect(dashboard.linkState).toHaveText('Live');
    const before = octoprint.state.sessions.size;
    octoprint.scenario('reauth', { reason });
    await expect.poll(() => octoprint.state.sessions.size).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect(dashboard.freshness).toContainText(/Updated [0-2] s ago/);
  });
}

test('when the key stops working, reauth ends on the connect screen saying why', async ({
  page,
  connect,
  dashboard,
  octoprint,
}) => {
  await page.goto('/');
  await connect.connect(octoprint.url, octoprint.apiKey);
  await expect(dashboard.linkState).toHaveText('Live');
  octoprint.scenario('revoke-key', { user: 'admin' });
  octoprint.scenario('reauth', { reason: 'removed' });
  await expect(connect.heading).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('Logged out');
  await expect(page.getByRole('alert').first()).toContainText('the user or its API key was removed in OctoPrint');
});

test('a read-only user sees live data, with the controls disabled and the missing permission named', async ({
  page,
  connect,
  dashboard,
  octoprint,
}) => {
  await page.goto('/');
  await connect.connect(octoprint.url, `${octoprint.apiKey}-readonly`);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.printerState).toHaveText('Operational');
  await expect(
    page.getByRole('group', { name: 'Tool 0 controls' }).getByRole('button', { name: 'Set', exact: true }),
  ).toBeDisabled();
  await expect(page.getByText('needs the Control permission').first()).toBeVisible();
});
