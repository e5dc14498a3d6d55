// Slow links: the mock's bad-network layer between the app's proxy and OctoPrint. A proxy that swallows
// WebSocket upgrades on a 500 ms link still gets the page live over an HTTP transport; a 200 ms link over WebSocket.
import { expect, test } from './fixtures.ts';
import { recordFigures } from './support/figures.ts';
import { LinkDetails } from './support/link-details.ts';

// The goals (12 s, 3 s, 1.5 s) are `npm run bench` rows; here loose floors at twice the goal, so a loaded CI machine
// does not fail a page that meets them on an idle one. The figures are recorded either way.
test.describe.configure({ timeout: 60_000 });

test('500 ms round trip with WebSocket upgrades swallowed: Live over an HTTP transport (goal 12 s, floor 24 s)', async ({
  dashboard,
  octoprint,
  page,
}) => {
  octoprint.net.set({ rttMs: 500, swallowUpgrades: true });
  const link = new LinkDetails(page);
  const startedAt = Date.now();
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 24_000 });
  const liveAfterMs = Date.now() - startedAt;
  await expect(link.transport).toHaveText(/^via (xhr streaming|xhr polling|eventsource|htmlfile|jsonp polling)$/);
  expect(octoprint.net.stats.swallowedUpgrades).toBeGreaterThanOrEqual(1);
  // Live means live data: the printer state arrived through the slow link.
  await expect(dashboard.printerState).toHaveText('Operational');
  recordFigures('network-swallowed-upgrades', {
    rttMs: 500,
    liveAfterMs,
    transport: (await link.transport.textContent()) ?? '',
  });
});

test('200 ms round trip with WebSocket: Live over WebSocket (goal 3 s, floor 6 s)', async ({
  dashboard,
  octoprint,
  page,
}) => {
  octoprint.net.set({ rttMs: 200 });
  const link = new LinkDetails(page);
  const startedAt = Date.now();
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 6_000 });
  const liveAfterMs = Date.now() - startedAt;
  await expect(link.status).toHaveAttribute('data-transport', 'websocket');
  await expect(link.status).toHaveAttribute('title', 'Transport: websocket');
  await expect(link.transport).toHaveCount(0);
  expect(octoprint.net.stats.swallowedUpgrades).toBe(0);
  recordFigures('network-200ms-websocket', { rttMs: 200, liveAfterMs });
});

// The 1.5 s goal after a 2 s restart is the bench row's, at no added latency (reliability-restarts and `npm run bench`
// hold it). At 200 ms a reconnect itself takes four round trips (SockJS /info, the WebSocket, the login, auth to
// history: 0.8 s) after a back-off wait of up to 0.64 s at that point; measured 0.86 to 1.57 s, so 2 s is asserted.
test('200 ms round trip: after a 2 s server restart, live data again soon after the server is back (goal 1.5 s, floor 4 s)', async ({
  dashboard,
  octoprint,
  page,
}) => {
  octoprint.net.set({ rttMs: 200 });
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 6_000 });
  const requested = Date.now();
  octoprint.scenario('restart', { downMs: 2000 });
  await expect(dashboard.linkState).not.toHaveText('Live');
  const updated = dashboard.freshness;
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 2000 + 4000 });
  await expect(updated).toHaveText(/^Updated 0 s ago/);
  const backAfterMs = Date.now() - requested - 2000;
  expect(backAfterMs).toBeLessThanOrEqual(4000);
  recordFigures('network-200ms-restart', { rttMs: 200, downMs: 2000, liveAfterBackMs: backAfterMs });
});
