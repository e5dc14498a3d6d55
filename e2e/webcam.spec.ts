// The webcam from OctoPrint's settings: it streams while visible, retries when the camera fails, and the
// instance's name and colour from /api/settings title and tint the page.
import type { Page } from '@playwright/test';
import { expect, test, type MockApi } from './fixtures.ts';

// The mock counts every open stream: on a private stack, no other spec's closing page still holds one.
test.use({ privateStack: true });

/**
 * This page's open streams, told from those of earlier pages on this worker's mock (closed, but their sockets may
 * close late on a busy machine) by a header the page sends with every request, unique to this test's run. Call it
 * before the page opens the dashboard.
 */
async function pageStreams(page: Page, mock: MockApi): Promise<() => Promise<number>> {
  const { testId, repeatEachIndex, retry } = test.info();
  const tag = `${testId}-${repeatEachIndex}-${retry}`;
  await page.setExtraHTTPHeaders({ 'x-test-page': tag });
  return async () => {
    const r = (await mock.scenario('webcam', { down: false })) as { result: { byPage: Record<string, number> } };
    return r.result.byPage[tag] ?? 0;
  };
}

test('the webcam streams, shows when it fails, and comes back by itself', async ({ page, dashboard, mock }) => {
  await mock.scenario('reset');
  const streams = await pageStreams(page, mock);
  await dashboard.open();
  const webcam = page.getByTestId('webcam');
  // It plays only in view; where the panels put it on an 800 px screen is not what this test is about.
  await webcam.scrollIntoViewIfNeeded();
  await expect(webcam.getByRole('img', { name: 'Webcam view of the printer' })).toBeVisible();
  await expect(webcam).toHaveAttribute('data-state', 'playing');
  await expect.poll(streams).toBe(1);
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
  const streams = await pageStreams(page, mock);
  await dashboard.open();
  await page.getByTestId('webcam').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('webcam')).toHaveAttribute('data-state', 'playing');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByTestId('webcam')).toHaveAttribute('data-state', 'paused');
  await expect.poll(streams).toBe(0);
});

test('off-screen, the webcam pauses without changing size, so nothing below it moves when it plays again', async ({
  page,
  dashboard,
  mock,
}) => {
  const streams = await pageStreams(page, mock);
  await page.setViewportSize({ width: 1280, height: 500 });
  await dashboard.open();
  const webcam = page.getByTestId('webcam');
  await expect(webcam).toHaveAttribute('data-state', 'paused');
  const paused = await webcam.boundingBox();
  await webcam.scrollIntoViewIfNeeded();
  await expect(webcam).toHaveAttribute('data-state', 'playing');
  await expect(webcam.getByRole('img')).toBeVisible();
  await expect.poll(streams).toBe(1);
  await expect.poll(async () => (await webcam.boundingBox())?.height).toBe(paused?.height);
  await page.mouse.wheel(0, 3000);
  await expect(webcam).toHaveAttribute('data-state', 'paused');
  // Its download ends: the mock holds no stream of this page (a busy machine may take a few seconds to close it).
  await expect.poll(streams, { timeout: 10_000 }).toBe(0);
});
