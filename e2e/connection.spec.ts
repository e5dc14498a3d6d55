// Connection and freshness against the mock: reconnect after a drop with a gap-free chart, and a restart with new hashes.
import { expect, test } from './fixtures.ts';

/** Temperature points the mock produced that carry a reading (what the chart must hold, no more and no less). */
async function truthPoints(mock: { truth(): Promise<{ temps: unknown[] }> }): Promise<number> {
  const t = await mock.truth();
  return t.temps.filter((p) => Object.keys(p as object).some((k) => k !== 'time')).length;
}

test('reconnects after a drop and the chart holds every point exactly once', async ({ dashboard, mock }) => {
  await dashboard.open();
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(1);
  await mock.scenario('drop');
  await expect(dashboard.linkState).not.toHaveText('Live');
  await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
  // The mock keeps producing points; compare once both sides agree on a moment.
  await expect
    .poll(
      async () => {
        const [chart, truth] = await Promise.all([dashboard.chartPoints(), truthPoints(mock)]);
        return chart - truth;
      },
      { timeout: 10_000 },
    )
    .toBe(0);
});

test('after a restart with a new plugin hash, a notice says what changed and reloads the page', async ({
  dashboard,
  mock,
  page,
}) => {
  await dashboard.open();
  await expect(dashboard.reloadNotice).toHaveCount(0);
  await mock.scenario('restart', { pluginHash: `hash-${Date.now()}` });
  await expect(dashboard.reloadNotice).toContainText('the installed plugins', { timeout: 15_000 });
  await expect(dashboard.reloadNotice).not.toContainText('OctoPrint version');
  await Promise.all([
    page.waitForEvent('load'),
    dashboard.reloadNotice.getByRole('button', { name: 'Reload page' }).click(),
  ]);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.reloadNotice).toHaveCount(0);
});

test('a version change is named as such', async ({ dashboard, mock }) => {
  await dashboard.open();
  await mock.scenario('restart', { version: '1.12.0', configHash: `cfg-${Date.now()}` });
  await expect(dashboard.reloadNotice).toContainText(
    'the OctoPrint version (version) and the server settings (config_hash)',
    { timeout: 15_000 },
  );
  await expect(dashboard.freshness).toContainText('OctoPrint 1.12.0');
});

test('shows the age of the data and the printer state', async ({ dashboard }) => {
  await dashboard.open();
  await expect(dashboard.printerState).toHaveText('Operational');
  await expect(dashboard.freshness).toHaveText(/^Updated \d s ago · OctoPrint \S+$/);
});

test('values grey out while the stream is silent and come back after', async ({ dashboard, mock, page }) => {
  await dashboard.open();
  const status = page.getByRole('region', { name: 'Connection' });
  await expect(status).toHaveAttribute('data-stale', 'false');
  await mock.scenario('blackhole', { ms: 8000 });
  await expect(status).toHaveAttribute('data-stale', 'true', { timeout: 10_000 });
  await expect(dashboard.freshness).toHaveText(/^Updated ([5-9]|\d\d) s ago/);
  await expect(dashboard.actual('tool0')).toHaveCSS('opacity', '0.5');
  await expect(status).toHaveAttribute('data-stale', 'false', { timeout: 20_000 });
  await expect(dashboard.actual('tool0')).toHaveCSS('opacity', '1');
});
