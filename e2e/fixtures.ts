// Playwright fixtures: a private app + mock stack per worker, the dashboard page object, and the mock's control API.
import { test as base, type APIRequestContext } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page.ts';
import { startStack, type Stack } from './support/stack.ts';

export interface MockApi {
  truth(): Promise<{ temps: { time: number }[]; throttles: { factor: number }[]; currentsSent: number; state: string }>;
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

export const test = base.extend<{ dashboard: DashboardPage; mock: MockApi }, { stack: Stack }>({
  stack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const stack = await startStack();
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ stack }, use) => use(stack.baseURL),
  // Tests share a worker's mock: each starts from an idle, operational printer whatever the last one left.
  dashboard: async ({ page, request }, use) => {
    const res = await request.post('/mock/scenario', { data: { name: 'reset' } });
    if (!res.ok()) throw new Error(`mock reset: ${res.status()}`);
    await use(new DashboardPage(page));
  },
  mock: async ({ request }, use) => use(mockApi(request)),
});

export { expect } from '@playwright/test';
