// Issue 15, stalls: an open socket that gets no history within 15 s is reopened with the reason shown; a REST answer
// whose body stalls times out with a reason, and its retry path works.
import { LinkDetails } from './support/link-details.ts';
import { expect, test } from './support/reliability-fixtures.ts';

test('open but no history within 15 s (a stalled login answer): the page says why and reconnects', async ({ dashboard, octoprint, page }) => {
  test.setTimeout(45_000);
  // Only the first login answer stalls: the reconnect that follows gets through.
  octoprint.net.set({ stallBody: '^/api/login', stallCount: 1 });
  const link = new LinkDetails(page);
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Logging in…');
  await expect(link.lastError).toContainText('no data 15 s after the socket opened', { timeout: 20_000 });
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 10_000 });
  expect(octoprint.net.stats.logins).toHaveLength(2);
});

test('a REST answer whose body stalls times out with a reason, and Refresh reads it again', async ({ dashboard, octoprint, page }) => {
  test.setTimeout(45_000);
  octoprint.net.set({ stallBody: '^/api/files', stallCount: 1 });
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live');
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load files' });
  await expect(failure).toHaveText('Could not load files: GET /api/files: the answer timed out after 15 s while its body was being read', {
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(failure).toHaveCount(0);
});
