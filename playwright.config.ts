// Playwright: Chromium (Playwright's own or the system's), each worker with its own preview server and mock.
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-browser.mjs';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
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
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: '**/perf-smoke.spec.ts', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
    // The @perf floors time the page, so they run after everything else, alone (bench/, README "Benchmarks").
    { name: 'perf', testMatch: '**/perf-smoke.spec.ts', dependencies: ['chromium'], use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
  ],
});
