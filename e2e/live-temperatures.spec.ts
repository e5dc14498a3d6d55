// The walking skeleton end to end: live state, a growing chart, and a target set through the UI.
import { expect, test } from './fixtures.ts';

test('shows live state and a chart that fills from history and grows', async ({ dashboard }) => {
  await dashboard.open();
  await expect(dashboard.printerState).toHaveText('Operational');
  await expect(dashboard.freshness).toContainText(/Updated \d+ s ago/);
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(0);
  const before = await dashboard.chartPoints();
  // The mock reports a point every 2 s, like OctoPrint's M155 S2 autoreport.
  await expect.poll(() => dashboard.chartPoints(), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 2);
});

test('setting a tool target through the UI shows in the readout and the chart data', async ({ dashboard, mock }) => {
  await dashboard.open();
  await dashboard.setTarget('Tool 0', 205);
  await expect(dashboard.target('tool0')).toHaveText('205.0 °C');
  await expect
    .poll(async () => {
      const t = await mock.truth();
      return t.temps.some((p) => (p as unknown as { tool0?: { target: number } }).tool0?.target === 205);
    })
    .toBe(true);
  await dashboard.setTarget('Bed', 0);
  await expect(dashboard.target('bed')).toHaveText('off');
});
