// Issue 9, ways 1 and 3: OCTOPRINT_URL proxying to a separate OctoPrint, and the dashboard under a base path.
import { expect, test } from '@playwright/test';
import { startMock } from '../mock/server.ts';
import { DashboardPage } from './support/dashboard-page.ts';
import { startStack } from './support/stack.ts';

test('way 1: OCTOPRINT_URL proxies /api and /sockjs to that server with OCTOPRINT_API_KEY', async ({ page }) => {
  const octoprint = await startMock({ port: 0 });
  const app = await startStack({ env: { OCTOPRINT_URL: octoprint.url, OCTOPRINT_API_KEY: octoprint.apiKey } });
  try {
    const dashboard = new DashboardPage(page);
    await page.goto(app.baseURL);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect.poll(() => octoprint.state.pushSessions.size).toBeGreaterThan(0);
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
