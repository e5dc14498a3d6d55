// Never hammer the printer: a server (or proxy) that closes every socket 1 s after its history gets, from
// the third cycle on, at most one login per 5 s, and the page says why it waits; Retry now still goes at once.
import { expect, test } from './fixtures.ts';
import { recordFigures } from './support/figures.ts';
import { LinkDetails } from './support/link-details.ts';

test('a server that closes every socket 1 s after history: from the third login on, one per 5 s at most', async ({
  dashboard,
  octoprint,
  page,
}) => {
  test.setTimeout(60_000);
  octoprint.net.set({ closeAfterHistoryMs: 1000 });
  const link = new LinkDetails(page);
  await page.goto('/');
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 10_000 });
  await expect(link.waitReason).toContainText(
    'short-lived links in a row: waiting longer each time so as not to load the printer',
    { timeout: 15_000 },
  );
  await expect(dashboard.linkState).toHaveText(/^Reconnecting in \d+ s$/);
  await expect
    .poll(() => octoprint.net.stats.logins.length, { timeout: 35_000, intervals: [250] })
    .toBeGreaterThanOrEqual(5);
  const logins = [...octoprint.net.stats.logins];
  const gaps = logins.slice(1).map((t, i) => t - (logins[i] as number));
  // gaps[1] is from the second login to the third; from the third login on, each next one is 5 s or more later.
  for (const gap of gaps.slice(2)) expect(gap).toBeGreaterThanOrEqual(5000);
  expect(octoprint.net.stats.closedAfterHistory).toBeGreaterThanOrEqual(4);

  // Retry now skips the wait at once, guard or not.
  await expect(link.retryNow).toBeVisible({ timeout: 20_000 });
  const before = octoprint.net.stats.logins.length;
  const clickedAt = Date.now();
  await link.retryNow.click();
  await expect
    .poll(() => octoprint.net.stats.logins.length, { timeout: 3_000, intervals: [100] })
    .toBeGreaterThan(before);
  recordFigures('network-login-loop', {
    closeAfterHistoryMs: 1000,
    loginGapsMs: gaps.join(' '),
    minGapFromThirdMs: Math.min(...gaps.slice(2)),
    retryNowLoginMs: (octoprint.net.stats.logins[before] ?? 0) - clickedAt,
  });
});
