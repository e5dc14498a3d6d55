// Diagnostics for the reliability and security specs: the dashboard opened with the page's test API, and the mock's
// authenticated push sessions.
import { expect } from '@playwright/test';
import type { MockServer } from '../../mock/server.ts';
import type { DashboardPage } from './dashboard-page.ts';
import { testUrl, type TestKnobs } from './test-api.ts';

/** Opens the dashboard with its test API (and any test knobs) and waits for live data. */
export async function openWithDiagnostics(dashboard: DashboardPage, knobs: TestKnobs = {}): Promise<void> {
  await dashboard.page.goto(testUrl(knobs));
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
}

/** The authenticated push sessions of the mock (one per open dashboard socket). */
export function liveSessions(octoprint: MockServer) {
  return [...octoprint.state.pushSessions].filter((s) => s.authedUser);
}
