// The cards and controls that load after the first data: a chunk that fails to arrive (the link dropped just then) is
// fetched again, and the page stays up meanwhile instead of failing as a whole.
import { expect, test } from './fixtures.ts';

test('a control whose chunk failed twice still appears, and the dashboard stays live meanwhile', async ({
  dashboard,
  page,
}) => {
  let refused = 0;
  await page.route(/\/assets\/job-controls-[^/]*\.js$/, (route) => {
    if (refused < 2) {
      refused += 1;
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  await dashboard.open();
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(
    page.getByRole('group', { name: 'Print actions' }).getByRole('button', { name: 'Print', exact: true }),
  ).toBeVisible();
  expect(refused).toBe(2);
  // The rest of the page was not taken down by the failures.
  await expect(page.getByRole('heading', { name: 'Files' })).toBeVisible();
  await expect(dashboard.chart).toBeVisible();
});
