// The three ways users connect, against the real OctoPrint (and the strict mock where it can): live data matches REST.
import { expect, onServers, test } from './fixtures.ts';
import { AdminSession } from './support/admin-session.ts';

onServers('ways in', () => {
  test('way 1, dev proxy: Live, and the state, version and temperatures match what the server reports', async ({
    page,
    dashboard,
    server,
  }) => {
    await dashboard.open();
    expect(await server.admin.connectionState()).toBe('Operational');
    await expect(dashboard.printerState).toHaveText('Operational');
    const version = await server.admin.get<{ server: string }>('/api/version');
    await expect(dashboard.freshness).toContainText(`OctoPrint ${version.server}`);
    // The page shows what /api/printer reports (to its 0.1 °C); a heater still cooling from the last test moves
    // between the two reads, so they are compared until both are taken within one update.
    await expect
      .poll(
        async () => {
          const shown = Number.parseFloat((await dashboard.actual('tool0').textContent()) ?? '');
          return Math.abs(shown - ((await server.admin.printer()).temps.tool0?.actual ?? Number.NaN));
        },
        { timeout: 10_000, message: 'the shown tool0 temperature is the one /api/printer reports' },
      )
      .toBeLessThan(0.5);
    // A target set through the server's own API shows on the page.
    await server.admin.send('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 42 } });
    await expect(dashboard.target('tool0')).toContainText('42');
    await expect(page.getByRole('button', { name: 'Log in with OctoPrint' })).toHaveCount(0);
  });

  test('way 2, built app direct with a key (CORS): Live with the server state', async ({
    page,
    connect,
    dashboard,
    server,
    directApp,
  }) => {
    await page.goto(directApp.baseURL + '/');
    await expect(connect.heading).toBeVisible();
    await connect.connect(server.url, server.keys.operator);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect(dashboard.printerState).toHaveText(await server.admin.connectionState());
  });

  test('a wrong key is refused and explained, and nothing connects', async ({
    page,
    connect,
    dashboard,
    server,
    directApp,
  }) => {
    await page.goto(directApp.baseURL + '/');
    await connect.connect(server.url, 'NOT-A-KEY-0000000000000000000000000');
    await expect(connect.alert).toContainText('did not accept this API key');
    await expect(dashboard.linkState).toHaveCount(0);
  });
});

onServers(
  'Log in with OctoPrint',
  () => {
    test('way 3: the request is approved by an admin in OctoPrint, the page goes Live; revoking the key ends it', async ({
      page,
      connect,
      dashboard,
      server,
      directApp,
    }) => {
      await page.goto(directApp.baseURL + '/');
      await connect.address.fill(server.url);
      await connect.remember.check();
      const popup = page.waitForEvent('popup');
      await connect.appKeyButton.click();
      await expect(page.getByRole('status')).toContainText('Approve');
      await (await popup).close();
      const admin = await AdminSession.open(server.url);
      await admin.decideAppKey('OctoPrint Live', true);
      await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
      await expect(dashboard.printerState).toHaveText('Operational');

      await admin.revokeAppKey('OctoPrint Live');
      await page.reload();
      await expect(connect.heading).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('alert').first()).toContainText(/did not accept|API key/);
    });

    test('a user deleted in OctoPrint: the next login with its key is refused, and the connect screen says so', async ({
      page,
      connect,
      dashboard,
      server,
      directApp,
    }) => {
      const name = `e2e-tmp-${Date.now() % 100000}`;
      await server.admin.send('POST', '/api/access/users', {
        name,
        password: 'e2e-tmp-pass',
        active: true,
        groups: ['users'],
        permissions: [],
      });
      try {
        const admin = await AdminSession.open(server.url);
        const { api_key: key } = await admin.json<{ api_key: string }>('POST', '/api/plugin/appkeys', {
          command: 'generate',
          app: 'e2e',
          user: name,
        });
        await page.goto(directApp.baseURL + '/');
        await connect.connect(server.url, key, true);
        await expect(dashboard.linkState).toHaveText('Live');
        // OctoPrint 1.11.8 sends no reauthRequired "removed" (its on_user_removed is never called): the open socket
        // stays as it is, and the next login with the key is refused (400).
        await server.admin.send('DELETE', `/api/access/users/${name}`);
        await page.reload();
        await expect(connect.heading).toBeVisible({ timeout: 15_000 });
        await expect(page.getByRole('alert').first()).toContainText(/API key|refused|not accept/);
      } finally {
        await server.admin.send('DELETE', `/api/access/users/${name}`, undefined, [200, 204, 404]);
      }
    });

    test('a denied request says so', async ({ page, connect, server, directApp }) => {
      await page.goto(directApp.baseURL + '/');
      await connect.address.fill(server.url);
      const popup = page.waitForEvent('popup');
      await connect.appKeyButton.click();
      await (await popup).close();
      const admin = await AdminSession.open(server.url);
      await admin.decideAppKey('OctoPrint Live', false);
      await expect(connect.alert).toContainText('denied', { timeout: 15_000 });
    });
  },
  {
    mockCannot:
      "approve through the Application Keys plugin's session endpoints (it decides through /mock/scenario: e2e/use-with-octoprint.spec.ts)",
  },
);
