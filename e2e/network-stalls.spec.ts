// Stalls: an open socket that gets no history within 15 s is reopened with the reason shown; a REST answer
// whose body stalls times out with a reason, and its retry path works.
import { expect, test } from './fixtures.ts';
import { linkTextsSeen, recordLinkTexts } from './support/link-details.ts';

test('open but no history within 15 s (a stalled login answer): the page says why and reconnects', async ({
  dashboard,
  octoprint,
  page,
}) => {
  test.setTimeout(45_000);
  // Only the first login answer stalls: the reconnect that follows gets through.
  octoprint.net.set({ stallBody: '^/api/login', stallCount: 1 });
  await recordLinkTexts(page);
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Logging in…');
  // The reconnect on a fast link takes milliseconds, so what the page said is read from the record of the line.
  await expect
    .poll(async () => (await linkTextsSeen(page)).join('\n'), { timeout: 20_000 })
    .toContain(
      'Last error: no data 15 s after the socket opened (a stalled login, or a user without the STATUS permission)',
    );
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 10_000 });
  expect(octoprint.net.stats.logins).toHaveLength(2);
});

test('a REST answer whose body stalls times out with a reason, and Refresh reads it again', async ({
  dashboard,
  octoprint,
  page,
}) => {
  test.setTimeout(45_000);
  octoprint.net.set({ stallBody: '^/api/files', stallCount: 1 });
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live');
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load files' });
  // Through the app's compressing proxy the head waits for the body, so either the answer or its body times out.
  await expect(failure).toHaveText(
    /^Could not load files: GET \/api\/files(: the answer)? timed out after 15 s( while its body was being read)?$/,
    {
      timeout: 20_000,
    },
  );
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(failure).toHaveCount(0);
});
