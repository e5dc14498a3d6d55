// The one Playwright `test`: per worker an in-process mock OctoPrint behind the built app's same-origin proxy, with
// options (mock speed, mock arguments, a private stack), the page objects and the mock's control API as fixtures.
import { test as base, type APIRequestContext } from '@playwright/test';
import { startFarm, type Farm } from '../mock/farm.ts';
import { startMock, type MockOptions, type MockServer } from '../mock/server.ts';
import { ConnectPage } from './support/connect-page.ts';
import { ControlsPage } from './support/controls-page.ts';
import { DashboardPage } from './support/dashboard-page.ts';
import { saveFarmServers } from './support/farm.ts';
import { startStack, type Stack } from './support/stack.ts';

export interface MockApi {
  truth(): Promise<{
    temps: { time: number }[];
    /** Where in `temps` the server's backlog started afresh (mock/rest/mock-routes.ts). */
    tempClears: number[];
    throttles: { factor: number }[];
    currentsSent: number;
    state: string;
  }>;
  scenario(name: string, params?: Record<string, unknown>): Promise<unknown>;
  /** A REST call to the mock's OctoPrint API as a client would make it (the proxy adds the API key). */
  api(path: string, body: unknown): Promise<number>;
}

function mockApi(request: APIRequestContext): MockApi {
  return {
    async truth() {
      return (await request.get('/mock/truth')).json();
    },
    async scenario(name, params = {}) {
      const res = await request.post('/mock/scenario', { data: { name, ...params } });
      if (!res.ok()) throw new Error(`scenario ${name}: ${res.status()} ${await res.text()}`);
      return res.json();
    },
    async api(path, body) {
      return (await request.post(path, { data: body })).status();
    },
  };
}

export interface WorkerOptions {
  /** Printer-time speed of the mock (1 = real time): `test.use({ mockSpeed: 10 })`. */
  mockSpeed: number;
  /** Further mock options (tools, settings, strict, version, cutoffMinutes...): `test.use({ mockArgs: { tools: 2 } })`. */
  mockArgs: Partial<MockOptions>;
  /**
   * A stack no other spec's tests share: `test.use({ privateStack: true })`. Playwright gives tests with a different
   * worker option their own worker, so faults that leave marks in the mock's truth stay with the tests that made them.
   */
  privateStack: boolean;
  /**
   * How the worker's app is served: `proxy: false` serves the files alone (README way 2: the page holds the key and
   * talks to `octoprint` cross-origin); `basePath` serves it under a sub-path (way 3). Default: proxied, at `/`.
   */
  stackOptions: { proxy?: boolean; basePath?: string };
}

export interface WorkerFixtures extends WorkerOptions {
  /** The worker's mock, in this process: its printer, sessions and truth can be reached directly. */
  octoprint: MockServer;
  /** The built app on a preview server, proxying to `octoprint` (the proxy adds the API key) unless told otherwise. */
  stack: Stack;
}

export interface TestFixtures {
  /** The dashboard page object; the mock starts each test reset (idle, operational printer, its own identity). */
  dashboard: DashboardPage;
  controls: ControlsPage;
  connect: ConnectPage;
  mock: MockApi;
  /** Every error and console message the page produced, for tests that assert there were none (or no secrets). */
  pageErrors: string[];
  /** Six mock OctoPrints in their farm roles, saved in the page before it loads. */
  farm: Farm;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  mockSpeed: [1, { option: true, scope: 'worker' }],
  mockArgs: [{}, { option: true, scope: 'worker' }],
  privateStack: [false, { option: true, scope: 'worker' }],
  stackOptions: [{}, { option: true, scope: 'worker' }],
  octoprint: [
    // Depends on privateStack so that a spec asking for it never shares a worker (and its mock) with one that did not.
    async ({ mockSpeed, mockArgs, privateStack: _private }, use) => {
      const mock = await startMock({ port: 0, ...mockArgs, speed: mockSpeed });
      await use(mock);
      await mock.close();
    },
    { scope: 'worker' },
  ],
  stack: [
    async ({ octoprint, stackOptions: { proxy = true, basePath } }, use) => {
      const env: Record<string, string> = proxy
        ? { OCTOPRINT_URL: octoprint.url, OCTOPRINT_API_KEY: octoprint.apiKey }
        : { OCTOPRINT_PROXY: 'off' };
      const stack = await startStack({ env, basePath });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ stack }, use) => use(stack.baseURL),
  // Tests share a worker's mock: each starts from an idle, operational printer whatever the last one left.
  dashboard: async ({ page, octoprint }, use) => {
    const identity = { ...octoprint.state.identity };
    octoprint.scenario('reset');
    await use(new DashboardPage(page));
    // Tests that change the server's identity or silence it leave the next one a clean server.
    Object.assign(octoprint.state.identity, identity);
    octoprint.scenario('reset');
  },
  controls: async ({ page }, use) => use(new ControlsPage(page)),
  connect: async ({ page }, use) => use(new ConnectPage(page)),
  mock: async ({ request }, use) => use(mockApi(request)),
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    await use(errors);
  },
  farm: async ({ page }, use) => {
    // Prints long enough that none ends by itself during a test; a test that wants an end starts a short one.
    const farm = await startFarm({ count: 6, port: 0, printSeconds: 1200 });
    await saveFarmServers(page, farm);
    await use(farm);
    await farm.close();
  },
});

export { expect } from '@playwright/test';
