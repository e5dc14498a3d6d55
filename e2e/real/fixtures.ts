// Fixtures for specs that run against the real OctoPrint test server and, where it can serve them, the strict mock.
import { test as base, type Page } from '@playwright/test';
import { ConnectPage } from '../support/connect-page.ts';
import { ControlsPage } from '../support/controls-page.ts';
import { DashboardPage } from '../support/dashboard-page.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { SocketObserver } from './support/socket-observer.ts';
import {
  realSkipReason,
  serverOf,
  unavailableServer,
  type ServerKind,
  type TestServer,
} from './support/test-server.ts';

/** The dashboard page object; the real test server has no webcam configured, so its panel never appears. */
class ServerDashboard extends DashboardPage {
  constructor(
    page: Page,
    private readonly hasWebcam: boolean,
  ) {
    super(page);
  }

  override open(): Promise<void> {
    return super.open({ webcam: this.hasWebcam });
  }
}

interface WorkerFixtures {
  serverKind: ServerKind;
  /** The user whose key the dev proxy adds (way 1). */
  proxyUser: 'admin' | 'operator' | 'viewer';
  server: TestServer;
  /** Way 1: the built app behind the key-adding proxy, pointed at the server (the default baseURL). */
  proxyApp: Stack;
  /** Ways 2 and 3: the built app alone, connecting directly to the server's URL (CORS). */
  directApp: Stack;
}

interface TestFixtures {
  /** Skips a real-server test without OCTOPRINT_TEST_URL before any server fixture is set up. */
  realGate: void;
  dashboard: DashboardPage;
  controls: ControlsPage;
  connect: ConnectPage;
  /** A second client on the server's push socket, as the admin: what the server really sent. */
  observer: SocketObserver;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  serverKind: ['mock', { option: true, scope: 'worker' }],
  proxyUser: ['operator', { option: true, scope: 'worker' }],
  server: [
    async ({ serverKind }, use) => {
      // Without OCTOPRINT_TEST_URL the real tests are skipped by realGate; the worker fixtures stand idle meanwhile.
      if (serverKind === 'real' && realSkipReason !== null) return use(unavailableServer());
      const server = await serverOf(serverKind);
      await use(server);
      await server.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  proxyApp: [
    async ({ server, proxyUser }, use) => {
      if (!server.url) return use({ baseURL: 'http://127.0.0.1:9', close: async () => {} });
      const stack = await startStack({ env: { OCTOPRINT_URL: server.url, OCTOPRINT_API_KEY: server.keys[proxyUser] } });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  directApp: [
    async ({ server }, use) => {
      if (!server.url) return use({ baseURL: 'http://127.0.0.1:9', close: async () => {} });
      const stack = await startStack({ env: { OCTOPRINT_PROXY: 'off' } });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  realGate: [
    async ({ serverKind }, use, testInfo) => {
      testInfo.skip(serverKind === 'real' && realSkipReason !== null, realSkipReason ?? '');
      await use();
    },
    { auto: true },
  ],
  baseURL: async ({ proxyApp }, use) => use(proxyApp.baseURL),
  // Every test starts from a connected, idle printer with its heaters off, and leaves the server that way.
  dashboard: async ({ page, server }, use, testInfo) => {
    await server.admin.restoreIdle();
    await use(new ServerDashboard(page, server.kind === 'mock'));
    if (testInfo.status !== 'skipped') await server.admin.restoreIdle();
  },
  controls: async ({ page }, use) => use(new ControlsPage(page)),
  connect: async ({ page }, use) => use(new ConnectPage(page)),
  observer: async ({ server }, use) => {
    const observer = await SocketObserver.open(server.admin);
    await use(observer);
    observer.close();
  },
});

/**
 * A group of tests for the servers in `kinds`. The `real-server` project runs them against the real OctoPrint
 * (skipped, and counted as skipped, without OCTOPRINT_TEST_URL); the `real-mock` project runs the same specs
 * against the strict mock. Where the mock cannot produce the situation, `mockCannot` says why and the mock run
 * counts the test as skipped.
 */
export function onServers(title: string, body: () => void, opts: { mockCannot?: string } = {}): void {
  test.describe(title, () => {
    if (opts.mockCannot) test.skip(({ serverKind }) => serverKind === 'mock', `the mock cannot: ${opts.mockCannot}`);
    body();
  });
}

export { expect } from '@playwright/test';
