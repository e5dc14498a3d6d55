// The dashboard's server rules that only the strict mock can produce here: a server clock that steps (a Raspberry Pi
// without a real-time clock), a timelapse render, and events in words. The rest run on the real server too: e2e/real.
import { expect, test } from './fixtures.ts';

test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

test('a server clock step of −1 h and +1 h: the chart keeps growing, and each step is noted', async ({
  dashboard,
  mock,
}) => {
  // Waits for new points at the mock's real pace (a point every second or two); a step is taken once the point after
  // the first one on the new clock agrees with it (one garbled time never restarts the chart).
  test.setTimeout(45_000);
  await dashboard.open();
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(1);
  await mock.scenario('clock-step', { seconds: -3600 });
  await expect(dashboard.eventFeed).toContainText(
    "The server's clock went back 1 h: the temperature chart started over",
    { timeout: 10_000 },
  );
  const afterBack = await dashboard.chartPoints();
  await expect.poll(() => dashboard.chartPoints(), { timeout: 10_000 }).toBeGreaterThan(afterBack + 1);
  await mock.scenario('clock-step', { seconds: 3600 });
  await expect(dashboard.eventFeed).toContainText("The server's clock went forward 1 h", { timeout: 10_000 });
  const afterForward = await dashboard.chartPoints();
  await expect.poll(() => dashboard.chartPoints(), { timeout: 10_000 }).toBeGreaterThan(afterForward + 1);
  await expect(dashboard.linkState).toHaveText('Live');
});

test('a timelapse render shows its progress and outcome; a failed one says so', async ({ page, dashboard, mock }) => {
  await dashboard.open();
  const timelapse = page.getByRole('group', { name: 'Timelapse' });
  await mock.scenario('timelapse-render', { seconds: 2 });
  await expect(timelapse).toContainText('Rendering timelapse');
  await expect(timelapse).toContainText('Timelapse ready', { timeout: 10_000 });
  await expect(dashboard.toasts).toContainText('Timelapse ready');
  await mock.scenario('timelapse-render', { seconds: 0.5, fail: true });
  await expect(timelapse).toContainText('Timelapse rendering failed', { timeout: 10_000 });
  await expect(dashboard.eventFeed).toContainText('Timelapse rendering failed');
});

test('events read as words, not OctoPrint names', async ({ page, dashboard, mock }) => {
  await dashboard.open();
  await mock.api('/api/printer/printhead', { command: 'home', axes: ['x', 'y'] });
  await expect(dashboard.eventFeed).toContainText('Homing axes (G28)');
  await page.request.post('/api/files/local', {
    multipart: { file: { name: 'words.gcode', mimeType: 'text/plain', buffer: Buffer.from('G28\nG1 X1\n') } },
  });
  await expect(dashboard.eventFeed).toContainText('Analysis finished: words.gcode');
  await expect(dashboard.eventFeed).not.toContainText(/\b(Home|MetadataAnalysisStarted|MetadataAnalysisFinished)\b/);
});
