// Issue 14's dashboard rules against a REAL OctoPrint 1.11.8 (not the mock): re-login after an admin edit, an
// Offline printer, and config_hash across a blip. Runs only with REAL_OCTOPRINT_URL set, e.g. the test server of
// ../shared/octoprint-server/setup.sh: REAL_OCTOPRINT_URL=http://127.0.0.1:5013 npx playwright test e2e/real-rules-*
// (its operator and admin keys are the defaults below). The server's user and printer are changed and put back.
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page.ts';
import { startStack, type Stack } from './support/stack.ts';

const SERVER = process.env.REAL_OCTOPRINT_URL ?? '';
const KEY = process.env.REAL_OCTOPRINT_KEY ?? 'TESTSERVER-OPERATOR-KEY-000000000000';
const ADMIN_KEY = process.env.REAL_OCTOPRINT_ADMIN_KEY ?? 'TESTSERVER-ADMIN-KEY-000000000000000';
const USER = process.env.REAL_OCTOPRINT_USER ?? 'operator';

/** REST calls to the real server as its admin, beside the page (the page itself uses the user's key). */
class Admin {
  constructor(private readonly request: APIRequestContext) {}

  private call(method: 'GET' | 'PUT' | 'POST', path: string, data?: unknown) {
    return this.request.fetch(`${SERVER}${path}`, { method, headers: { 'X-Api-Key': ADMIN_KEY }, ...(data === undefined ? {} : { data }) });
  }

  async groups(): Promise<string[]> {
    return ((await (await this.call('GET', `/api/access/users/${USER}`)).json()) as { groups: string[] }).groups;
  }

  async setGroups(groups: string[]): Promise<void> {
    expect((await this.call('PUT', `/api/access/users/${USER}`, { groups })).status()).toBe(200);
  }

  async printer(command: 'connect' | 'disconnect'): Promise<void> {
    expect((await this.call('POST', '/api/connection', { command })).status()).toBe(204);
  }

  async saveName(name: string): Promise<void> {
    expect((await this.call('POST', '/api/settings', { appearance: { name } })).status()).toBe(200);
  }
}

const test = base.extend<{ dashboard: DashboardPage; admin: Admin }, { stack: Stack }>({
  stack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const stack = await startStack({ env: { OCTOPRINT_URL: SERVER, OCTOPRINT_API_KEY: KEY } });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ stack }, use) => use(stack.baseURL),
  dashboard: async ({ page }, use) => use(new DashboardPage(page)),
  admin: async ({ request }, use) => use(new Admin(request)),
});

test.skip(!SERVER, 'needs a real OctoPrint: set REAL_OCTOPRINT_URL (and the keys if not the test server defaults)');

async function openLive(dashboard: DashboardPage, path = '/'): Promise<void> {
  await dashboard.page.goto(path);
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
}

test("an admin editing the user's groups again and again leaves the page Live, with the permissions of the moment", async ({ dashboard, admin, page }) => {
  const original = await admin.groups();
  await openLive(dashboard);
  const disconnect = page.getByRole('button', { name: 'Disconnect printer' });
  await expect(disconnect).toBeEnabled();
  try {
    for (let i = 0; i < 6; i++) {
      // Each edit sends `reauthRequired {"reason": "modified"}` once per session of the user; no history follows.
      const readOnly = i % 2 === 0;
      await admin.setGroups(readOnly ? ['readonly'] : original);
      if (readOnly) await expect(disconnect).toBeDisabled();
      else await expect(disconnect).toBeEnabled();
      await expect(dashboard.linkState).toHaveText('Live');
    }
  } finally {
    await admin.setGroups(original);
  }
  await expect(disconnect).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: 'Login failed' })).toHaveCount(0);
  await expect(dashboard.eventFeed).not.toContainText('Connection to OctoPrint lost');
});

test('a switched-off printer shows no temperatures, a gap on the chart, and its quiet link stays Live', async ({ dashboard, admin, page }) => {
  await openLive(dashboard, '/?diagnostics=1');
  await expect(dashboard.actual('tool0')).toContainText('°C');
  try {
    await admin.printer('disconnect');
    await expect(dashboard.printerState).toHaveText('Offline');
    await expect(page.getByTestId('printer-off')).toContainText('Printer off or not connected');
    await expect(dashboard.actual('tool0')).toHaveText('–');
    await expect(page.getByRole('button', { name: 'Connect printer' })).toBeEnabled();
    // The server now sends nothing but SockJS heartbeats: after more than the 5 s staleness limit the page is Live.
    await expect(dashboard.freshness).toHaveText(/Printer off · link alive, heard ([6-9]|\d\d) s ago/, { timeout: 40_000 });
    await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'false');
    await expect(dashboard.linkState).toHaveText('Live');
    await page.getByRole('button', { name: 'Connect printer' }).click();
  } finally {
    await admin.printer('connect').catch(() => undefined);
  }
  await expect(dashboard.actual('tool0')).toContainText('°C', { timeout: 20_000 });
  // The time the printer was off is a gap row (every heater null), so uPlot breaks the lines there.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const diag = (window as unknown as { __octoprintLiveDiagnostics: { series(): { times: number[]; heaters: Record<string, { actual: (number | null)[] }> } } }).__octoprintLiveDiagnostics;
        const s = diag.series();
        const cols = Object.values(s.heaters);
        return s.times.some((_, i) => i > 0 && i < s.times.length - 1 && cols.every((c) => c.actual[i] === null));
      }),
    )
    .toBe(true);
});

test('a setting saved while connected is no restart after a blip; one saved while away is named by its hash', async ({ dashboard, admin, page, context }) => {
  await openLive(dashboard);
  await admin.saveName(`Real rules ${Date.now() % 100_000}`);
  await expect(dashboard.eventFeed).toContainText('OctoPrint settings saved');
  await context.setOffline(true);
  await expect(dashboard.linkState).not.toHaveText('Live');
  await context.setOffline(false);
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
  await expect(dashboard.reloadNotice).toHaveCount(0);

  await context.setOffline(true);
  await expect(dashboard.linkState).not.toHaveText('Live');
  await admin.saveName(`Away ${Date.now() % 100_000}`);
  await context.setOffline(false);
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
  await expect(dashboard.reloadNotice).toContainText('The server settings (config_hash) changed while this page was disconnected');
  await expect(page.getByRole('button', { name: 'Reload page' })).toBeVisible();
});
