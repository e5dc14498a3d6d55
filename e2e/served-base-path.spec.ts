// README way 3: the dashboard served under a base path, beside OctoPrint on the same host.
import { expect, test } from './fixtures.ts';

test.use({ stackOptions: { basePath: '/dashboard/' } });

test('way 3: served under a base path beside OctoPrint on the same host', async ({ page, dashboard, stack }) => {
  await page.goto(`${stack.baseURL.replace(/\/dashboard$/, '')}/dashboard/`);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.printerState).toHaveText('Operational');
});
