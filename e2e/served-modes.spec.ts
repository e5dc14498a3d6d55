// README ways 1 and 3: OCTOPRINT_URL proxying to a separate OctoPrint, and the dashboard under a base path.
import { expect, test } from './fixtures.ts';

test.describe('way 1', () => {
  test.use({ mockArgs: { strict: true } });

  test('OCTOPRINT_URL proxies /api, /sockjs, /plugin and /downloads to a strict server with OCTOPRINT_API_KEY', async ({
    page,
    dashboard,
    octoprint,
    stack,
  }) => {
    octoprint.printer.files.add('proxied.gcode', 'G28\n', 'admin');
    await page.goto(stack.baseURL);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect.poll(() => octoprint.state.pushSessions.size).toBeGreaterThan(0);
    // The page's own origin answers for OctoPrint, the key added on the way (the strict server refuses without it).
    expect((await page.request.get(`${stack.baseURL}/plugin/appkeys/probe`)).status()).toBe(204);
    const download = await page.request.get(`${stack.baseURL}/downloads/files/local/proxied.gcode`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('G28\n');
    expect((await fetch(`${octoprint.url}/api/version`)).status).toBe(403);
  });
});

test.describe('way 3', () => {
  test.use({ stackOptions: { basePath: '/dashboard/' } });

  test('served under a base path beside OctoPrint on the same host', async ({ page, dashboard, stack }) => {
    await page.goto(`${stack.baseURL.replace(/\/dashboard$/, '')}/dashboard/`);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect(dashboard.printerState).toHaveText('Operational');
  });
});
