// The dashboard's server rules on the server: re-login after admin edits (with the permissions of the moment), a
// switched-off printer (no temperatures, a gap on the chart, a quiet link still Live), and config_hash across a blip.
// The server's user, printer and settings are changed and put back.
import type { DashboardPage } from '../support/dashboard-page.ts';
import { pageSeries, testUrl } from '../support/test-api.ts';
import { expect, onServers, test } from './fixtures.ts';
import type { TestServer } from './support/test-server.ts';

async function groups(server: TestServer): Promise<string[]> {
  return (await server.admin.get<{ groups: string[] }>('/api/access/users/operator')).groups;
}

/** Saves the instance name: a settings change, as from another browser; the name is put back by the caller. */
async function saveName(server: TestServer, name: string): Promise<void> {
  await server.admin.send('POST', '/api/settings', { appearance: { name } });
}

async function openLive(dashboard: DashboardPage, path = '/'): Promise<void> {
  await dashboard.page.goto(path);
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
}

onServers('dashboard on the server rules', () => {
  let name = '';
  test.beforeEach(async ({ server }) => {
    name = (await server.admin.get<{ appearance: { name: string } }>('/api/settings')).appearance.name;
  });
  test.afterEach(async ({ server }, testInfo) => {
    if (testInfo.status === 'skipped') return;
    await saveName(server, name);
  });

  test("an admin editing the user's groups again and again leaves the page Live, with the permissions of the moment", async ({
    dashboard,
    server,
    page,
  }) => {
    const original = await groups(server);
    await openLive(dashboard);
    const disconnect = page.getByRole('button', { name: 'Disconnect printer' });
    await expect(disconnect).toBeEnabled();
    try {
      for (let i = 0; i < 6; i++) {
        // Each edit sends `reauthRequired {"reason": "modified"}` once per session of the user; no history follows.
        const readOnly = i % 2 === 0;
        await server.admin.send('PUT', '/api/access/users/operator', { groups: readOnly ? ['readonly'] : original });
        if (readOnly) await expect(disconnect).toBeDisabled();
        else await expect(disconnect).toBeEnabled();
        await expect(dashboard.linkState).toHaveText('Live');
      }
    } finally {
      await server.admin.send('PUT', '/api/access/users/operator', { groups: original });
    }
    await expect(disconnect).toBeEnabled();
    await expect(page.getByRole('alert').filter({ hasText: 'Login failed' })).toHaveCount(0);
    await expect(dashboard.eventFeed).not.toContainText('Connection to OctoPrint lost');
  });

  test('a switched-off printer shows no temperatures, a gap on the chart, and its quiet link stays Live', async ({
    dashboard,
    server,
    page,
  }) => {
    await openLive(dashboard, testUrl());
    await expect(dashboard.actual('tool0')).toContainText('°C');
    try {
      await server.admin.send('POST', '/api/connection', { command: 'disconnect' });
      await expect(dashboard.printerState).toHaveText('Offline');
      await expect(page.getByTestId('printer-off')).toContainText('Printer off or not connected');
      await expect(dashboard.actual('tool0')).toHaveText('–');
      await expect(page.getByRole('button', { name: 'Connect printer' })).toBeEnabled();
      // The server now sends nothing but SockJS heartbeats: after more than the 5 s staleness limit the page is Live.
      await expect(dashboard.freshness).toHaveText(/Printer off · link alive, heard ([6-9]|\d\d) s ago/, {
        timeout: 40_000,
      });
      await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'false');
      await expect(dashboard.linkState).toHaveText('Live');
      await page.getByRole('button', { name: 'Connect printer' }).click();
    } finally {
      await server.admin.restoreIdle();
    }
    await expect(dashboard.actual('tool0')).toContainText('°C', { timeout: 20_000 });
    // The time the printer was off is a gap row (every heater null), so uPlot breaks the lines there.
    await expect
      .poll(async () => {
        const s = await pageSeries(page);
        const cols = Object.values(s.heaters);
        return s.times.some((_, i) => i > 0 && i < s.times.length - 1 && cols.every((c) => c.actual[i] === null));
      })
      .toBe(true);
  });

  test('a setting saved while connected is no restart after a blip; one saved while away is named by its hash', async ({
    dashboard,
    server,
    page,
    context,
  }) => {
    await openLive(dashboard);
    await saveName(server, `Real rules ${Date.now() % 100_000}`);
    await expect(dashboard.eventFeed).toContainText('OctoPrint settings saved');
    await context.setOffline(true);
    await expect(dashboard.linkState).not.toHaveText('Live');
    await context.setOffline(false);
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
    await expect(dashboard.reloadNotice).toHaveCount(0);

    await context.setOffline(true);
    await expect(dashboard.linkState).not.toHaveText('Live');
    await saveName(server, `Away ${Date.now() % 100_000}`);
    await context.setOffline(false);
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
    await expect(dashboard.reloadNotice).toContainText(
      'The server settings (config_hash) changed while this page was disconnected',
    );
    await expect(page.getByRole('button', { name: 'Reload page' })).toBeVisible();
  });
});
