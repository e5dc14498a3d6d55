// README way 1: OCTOPRINT_URL proxying to a separate OctoPrint (way 3, under a base path: served-base-path.spec.ts).
import { expect, test } from './fixtures.ts';

test.use({ mockArgs: { strict: true } });

test('way 1: OCTOPRINT_URL proxies /api, /sockjs, /plugin and /downloads to a strict server with OCTOPRINT_API_KEY', async ({
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
