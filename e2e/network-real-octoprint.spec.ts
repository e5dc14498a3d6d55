// Issue 15 against a real OctoPrint (skipped without one): the mock's fault layer as a proxy in front of it, 500 ms
// round trip and WebSocket upgrades swallowed; the page must go live over an HTTP transport within 12 s.
// Run: REAL_OCTOPRINT_URL=http://127.0.0.1:5000 REAL_OCTOPRINT_KEY=... npx playwright test e2e/network-real-octoprint.spec.ts
import { test as base, expect } from '@playwright/test';
import { startFaultProxy, type FaultProxy } from '../mock/net/fault-proxy.ts';
import { DashboardPage } from './support/dashboard-page.ts';
import { recordFigures } from './support/figures.ts';
import { LinkDetails } from './support/link-details.ts';
import { startStack, type Stack } from './support/stack.ts';

const target = process.env.REAL_OCTOPRINT_URL;
const key = process.env.REAL_OCTOPRINT_KEY ?? '';

const test = base.extend<object, { faultProxy: FaultProxy; app: Stack }>({
  faultProxy: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const proxy = await startFaultProxy(target ?? 'http://127.0.0.1:1', { port: 0, host: '127.0.0.1' });
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  app: [
    async ({ faultProxy }, use) => {
      const stack = await startStack({ env: { OCTOPRINT_URL: faultProxy.url, OCTOPRINT_API_KEY: key } });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ app }, use) => use(app.baseURL),
});

test.skip(!target, 'set REAL_OCTOPRINT_URL (and REAL_OCTOPRINT_KEY) to run against a real OctoPrint');

test('real OctoPrint, 500 ms round trip, WebSocket upgrades swallowed: Live within 12 s over an HTTP transport', async ({ page, faultProxy: proxy }) => {
  proxy.faults.set({ rttMs: 500, swallowUpgrades: true });
  const dashboard = new DashboardPage(page);
  const link = new LinkDetails(page);
  const startedAt = Date.now();
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 12_000 });
  const liveAfterMs = Date.now() - startedAt;
  await expect(link.transport).toHaveText(/^Transport: (xhr streaming|xhr polling|eventsource|htmlfile)$/);
  expect(proxy.faults.stats.swallowedUpgrades).toBeGreaterThanOrEqual(1);
  await expect(dashboard.printerState).not.toHaveText('Unknown');
  recordFigures('network-real-octoprint', { rttMs: 500, liveAfterMs, transport: (await link.transport.textContent()) ?? '', logins: proxy.faults.stats.logins.length });
});
