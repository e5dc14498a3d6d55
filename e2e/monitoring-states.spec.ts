// What a person watching a printer sees: the socket down or offline and back (a print ended by an error is in
// printer-faults.spec.ts, a server's own cutoff and tools in server-cutoff-tools.spec.ts).
import { expect, test } from './fixtures.ts';

/** The number in "Reconnecting in N s", or NaN when the header says something else. */
async function countdown(link: { textContent(): Promise<string | null> }): Promise<number> {
  const m = /^Reconnecting in (\d+) s$/.exec((await link.textContent()) ?? '');
  return m ? Number(m[1]) : Number.NaN;
}

test.describe('socket states', () => {
  test('while the server is down the header counts down, and Retry now reconnects at once when it is back', async ({
    dashboard,
    mock,
    page,
  }) => {
    await dashboard.open();
    const retry = page.getByRole('button', { name: 'Retry now' });
    await expect(retry).toHaveCount(0);
    await mock.scenario('restart', { downMs: 60_000 });
    await expect(dashboard.linkState).toHaveText(/^Reconnecting in \d+ s$/);
    await expect(retry).toBeVisible();
    await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'true');
    // Failed tries back off: wait for a wait long enough that only the button can explain a quick return.
    await expect.poll(() => countdown(dashboard.linkState), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    const n = await countdown(dashboard.linkState);
    await expect(dashboard.linkState).toHaveText(`Reconnecting in ${n - 1} s`);
    await mock.scenario('reset'); // ends the down time: the server answers again
    await retry.click();
    // At least three seconds of back-off were left: Live sooner means the button connected, not the timer.
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 2_500 });
    await expect(retry).toHaveCount(0);
    await expect(dashboard.eventFeed).toContainText('Connection to OctoPrint restored');
    const points = await dashboard.chartPoints();
    await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(points);
    await expect(dashboard.freshness).toHaveText(/^Updated [0-2] s ago/);
  });

  test('a server that comes back on its own is picked up without a click', async ({ dashboard, mock, page }) => {
    await dashboard.open();
    await mock.scenario('restart', { downMs: 3_000 });
    await expect(dashboard.linkState).toHaveText(/^Reconnecting in \d+ s$/);
    await expect(dashboard.eventFeed).toContainText('Connection to OctoPrint lost');
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Retry now' })).toHaveCount(0);
    await expect(dashboard.eventFeed).toContainText('Connection to OctoPrint restored');
    const points = await dashboard.chartPoints();
    await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(points);
    await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'false');
  });

  test('offline: the link is down at once (not after the 35 s watchdog), retries back off, and it reconnects as soon as the browser is online', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    await expect(dashboard.linkState).toHaveText('Live');
    await page.context().setOffline(true);
    // The browser's offline event, not the liveness watchdog (35 s here), takes the link down.
    await expect(dashboard.linkState).toHaveText(/^(Reconnecting in \d+ s|Connecting…)$/, { timeout: 3_000 });
    await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'true');
    await expect(page.getByRole('button', { name: 'Retry now' })).toBeVisible();
    await expect.poll(() => countdown(dashboard.linkState), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    await page.context().setOffline(false);
    // The browser's `online` event skips the rest of the back-off (over four seconds).
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 2_500 });
    const points = await dashboard.chartPoints();
    await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(points);
  });
});
