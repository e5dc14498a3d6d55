// Playwright: Chromium (Playwright's own or the system's), each worker with its own preview server and mock.
import { defineConfig } from '@playwright/test';
import type { ServerKind } from './e2e/real/support/test-server.ts';
import { findChromium } from './scripts/find-browser.mjs';

const executablePath = findChromium() ?? undefined;

export default defineConfig<{ serverKind: ServerKind }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    // The specs look for English words and names; the language e2e (languages.spec.ts) sets its own locale.
    locale: 'en-US',
    trace: 'on-first-retry',
    // The built app registers a service worker; each spec wants the network's fresh answers (and page.route sees
    // nothing a worker answers). The service-worker spec allows it for itself.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['**/perf-smoke.spec.ts', 'real/**'],
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    // One server shared by every spec (restarts, printer off, user edits): one worker, beside the mock suite.
    // Without OCTOPRINT_TEST_URL the [real] halves are skipped and counted as skipped; the [mock] halves still run.
    {
      name: 'real-server',
      testMatch: 'real/**/*.spec.ts',
      workers: 1,
      use: { serverKind: 'real', browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    // The same specs against the strict mock, so what the real server proved is also held by the mock.
    {
      name: 'real-mock',
      testMatch: 'real/**/*.spec.ts',
      use: { serverKind: 'mock', browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    // The @perf floors time the page, so they run after everything else, alone (bench/, README "Benchmarks").
    {
      name: 'perf',
      testMatch: '**/perf-smoke.spec.ts',
      dependencies: ['chromium', 'real-server', 'real-mock'],
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
  ],
});
