// README ways 1 and 3: OCTOPRINT_URL proxying to a separate OctoPrint, and the dashboard under a base path.
import { expect, test } from '@playwright/test';
import { startMock } from '../mock/server.ts';
import { DashboardPage } from './support/dashboard-page.ts';
import { startStack } from './support/stack.ts';

test('way 1: OCTOPRINT_URL proxies /api, /sockjs, /plugin and /downloads to a strict server with OCTOPRINT_API_KEY', async ({
  page,
}) => {
  const octoprint = await startMock({ port: 0, strict: true });
  octoprint.printer.files.add('proxied.gcode', 'G28\n', 'admin');
  const app = await startStack({ env: { OCTOPRINT_URL: octoprint.url, OCTOPRINT_API_KEY: octoprint.apiKey } });
  try {
    const dashboard = new DashboardPage(page);
    await page.goto(app.baseURL);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect.poll(() => octoprint.state.pushSessions.size).toBeGreaterThan(0);
    // The page's own origin answers for OctoPrint, the key added on the way (the strict server refuses without it).
    expect((await page.request.get(`${app.baseURL}/plugin/appkeys/probe`)).status()).toBe(204);
    const download = await page.request.get(`${app.baseURL}/downloads/files/local/proxied.gcode`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('G28\n');
    expect((await fetch(`${octoprint.url}/api/version`)).status).toBe(403);
  } finally {
    await app.close();
    await octoprint.close();
  }
});

test('way 3: served under a base path beside OctoPrint on the same host', async ({ page }) => {
  const app = await startStack({ basePath: '/dashboard/' });
  try {
    const dashboard = new DashboardPage(page);
    await page.goto(`${app.baseURL.replace(/\/dashboard$/, '')}/dashboard/`);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect(dashboard.printerState).toHaveText('Operational');
  } finally {
    await app.close();
  }
});
