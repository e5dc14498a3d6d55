// The webcam from OctoPrint's settings: it streams while visible, retries when the camera fails, and the
// instance's name and colour from /api/settings title and tint the page.
import { expect, test } from './fixtures.ts';

// The mock counts every open stream: on a private stack, no other spec's closing page still holds one.
test.use({ privateStack: true });

test('the webcam streams, shows when it fails, and comes back by itself', async ({ page, dashboard, mock }) => {
  await mock.scenario('reset');
  const streams = async () =>
    ((await mock.scenario('webcam', { down: false })) as { result: { streams: number } }).result.streams;
  // A page another test closed a moment ago may still hold its stream on this worker's mock: this page adds one,
  // never more.
  const before = await streams();
  await dashboard.open();
  const webcam = page.getByTestId('webcam');
  // It plays only in view; where the panels put it on an 800 px screen is not what this test is about.
  await webcam.scrollIntoViewIfNeeded();
  await expect(webcam.getByRole('img', { name: 'Webcam view of the printer' })).toBeVisible();
  await expect(webcam).toHaveAttribute('data-state', 'playing');
  await expect.poll(streams).toBeGreaterThanOrEqual(1);
  expect(await streams()).toBeLessThanOrEqual(before + 1);
  await mock.scenario('webcam', { down: true });
  await page.reload();
  // In view, so that it is the camera, not the scroll position, that decides whether it plays.
  await webcam.scrollIntoViewIfNeeded();
  await expect(webcam.getByRole('status')).toContainText('retrying');
  await mock.scenario('webcam', { down: false });
  await expect(webcam).toHaveAttribute('data-state', 'playing', { timeout: 10_000 });
  await expect(webcam.getByRole('img')).toBeVisible();
});

test('a hidden page stops streaming the webcam', async ({ page, dashboard, mock }) => {
  const streams = async () =>
    ((await mock.scenario('webcam', { down: false })) as { result: { streams: number } }).result.streams;
  // Streams an earlier page left on this worker's mock are not this page's.
  const before = await streams();
  await dashboard.open();
  await page.getByTestId('webcam').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('webcam')).toHaveAttribute('data-state', 'playing');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByTestId('webcam')).toHaveAttribute('data-state', 'paused');
  await expect.poll(streams).toBeLessThanOrEqual(before);
});

test('off-screen, the webcam pauses without changing size, so nothing below it moves when it plays again', async ({
  page,
  dashboard,
  mock,
}) => {
  const streams = async () =>
    ((await mock.scenario('webcam', { down: false })) as { result: { streams: number } }).result.streams;
  // The pages of this file's earlier tests are closed; the mock counts their streams until their sockets close.
  await expect.poll(streams, { timeout: 10_000 }).toBe(0);
  await page.setViewportSize({ width: 1280, height: 500 });
  await dashboard.open();
  const webcam = page.getByTestId('webcam');
  await expect(webcam).toHaveAttribute('data-state', 'paused');
  const paused = await webcam.boundingBox();
  await webcam.scrollIntoViewIfNeeded();
  await expect(webcam).toHaveAttribute('data-state', 'playing');
  await expect(webcam.getByRole('img')).toBeVisible();
  await expect.poll(async () => (await webcam.boundingBox())?.height).toBe(paused?.height);
  await page.mouse.wheel(0, 3000);
  await expect(webcam).toHaveAttribute('data-state', 'paused');
  // Its download ends: the mock holds no stream (a busy machine may take a few seconds to close the socket).
  await expect.poll(streams, { timeout: 10_000 }).toBe(0);
});
