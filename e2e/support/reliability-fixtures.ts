// Fixtures for the reliability and security specs: an in-process mock (so tests can reach its printer, sessions and
// truth directly) behind the app's own same-origin proxy, and a dashboard opened with the page's test API.
import { test as base, type Page } from '@playwright/test';
import { startMock, type MockServer } from '../../mock/server.ts';
import { DashboardPage } from './dashboard-page.ts';
import { startStack, type Stack } from './stack.ts';
import { testUrl, type TestKnobs } from './test-api.ts';

export interface ReliabilityWorker {
  /** Printer-time speed of the mock (1 = real time). */
  mockSpeed: number;
  octoprint: MockServer;
  app: Stack;
}

export interface ReliabilityTest {
  dashboard: DashboardPage;
  /** Every error and console message the page produced, for tests that assert there were none (or no secrets). */
  pageErrors: string[];
}

export const test = base.extend<ReliabilityTest, ReliabilityWorker>({
  mockSpeed: [1, { option: true, scope: 'worker' }],
  octoprint: [
    async ({ mockSpeed }, use) => {
      const mock = await startMock({ port: 0, speed: mockSpeed });
      await use(mock);
      await mock.close();
    },
    { scope: 'worker' },
  ],
  app: [
    async ({ octoprint }, use) => {
      const stack = await startStack({ env: { OCTOPRINT_URL: octoprint.url, OCTOPRINT_API_KEY: octoprint.apiKey } });
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ app }, use) => use(app.baseURL),
  dashboard: async ({ page, octoprint }, use) => {
    const identity = { ...octoprint.state.identity };
    octoprint.scenario('reset');
    await use(new DashboardPage(page));
    // Tests that change the server's identity or silence it leave the next one a clean server.
    Object.assign(octoprint.state.identity, identity);
    octoprint.scenario('reset');
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    await use(errors);
  },
});

/** Opens the dashboard with its test API (and any test knobs) and waits for live data. */
export async function openWithDiagnostics(dashboard: DashboardPage, knobs: TestKnobs = {}): Promise<void> {
  await dashboard.page.goto(testUrl(knobs));
  await base.expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
}

/** The authenticated push sessions of the mock (one per open dashboard socket). */
export function liveSessions(octoprint: MockServer) {
  return [...octoprint.state.pushSessions].filter((s) => s.authedUser);
}

export type { Page };
export { expect } from '@playwright/test';
