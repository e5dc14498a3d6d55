// Record, replay and export: a two-minute print recorded, downloaded, replayed in the page and by the mock.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_API_KEY } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';
import { frameKey, readRecording } from './support/recording-file.ts';
import { startStack } from './support/stack.ts';
import { pageSeries, pageSocket, testUrl } from './support/test-api.ts';

const pageReceived = async (page: Page): Promise<number> => (await pageSocket(page)).stats.received ?? 0;

// The mock at 4× speed: two minutes of printing take thirty seconds.
test.use({ mockSpeed: 4 });

test('a recorded print downloads whole and without secrets, replays to the same chart, exports CSV, and the mock replays it', async ({
  dashboard,
  mock,
  page,
  context,
}, testInfo) => {
  test.setTimeout(240_000);
  const before = (await mock.truth()) as unknown as { messagesSent: number; currentsSent: number };
  const login = page.waitForResponse((r) => r.url().includes('/api/login') && r.request().method() === 'POST');
  await page.goto(testUrl());
  await expect(dashboard.linkState).toHaveText('Live');
  const session = ((await (await login).json()) as { session: string }).session;
  expect(session.length).toBeGreaterThan(8);

  await mock.scenario('print', { seconds: 120 });
  await expect(dashboard.eventFeed).toContainText('Print done', { timeout: 120_000 });
  await expect(dashboard.printerState).toHaveText('Operational');
  // Offline: the page closes its socket itself, so what it received and what the mock sent are final.
  await context.setOffline(true);
  await expect(dashboard.linkState).not.toHaveText('Live');
  const received = await pageReceived(page);
  const after = (await mock.truth()) as unknown as { messagesSent: number; currentsSent: number };
  const live = await pageSeries(page);

  const panel = page.getByRole('region', { name: 'Recording' });
  // The totals line is worded while it is on screen, as a person scrolling to it sees it.
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByText(/Holds \d+ messages/)).toBeVisible();
  await panel.getByRole('combobox', { name: 'Span' }).selectOption('all');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download recording' }).click(),
  ]);
  const path = testInfo.outputPath('print.jsonl.gz');
  await download.saveAs(path);
  const rec = readRecording(path);

  // Every message the page received, and no other (the page is still offline). The mock counts what it wrote: a
  // message written while the page was closing its socket may never have arrived.
  expect(rec.frames.length).toBe(received);
  const sent = after.messagesSent - before.messagesSent;
  expect(sent - received).toBeGreaterThanOrEqual(0);
  expect(sent - received).toBeLessThanOrEqual(1);
  const currents = rec.frames.filter((f) => frameKey(f) === 'current').length;
  expect(after.currentsSent - before.currentsSent - currents).toBeGreaterThanOrEqual(0);
  expect(after.currentsSent - before.currentsSent - currents).toBeLessThanOrEqual(1);
  expect(rec.header).toMatchObject({
    kind: 'octoprint-live-recording',
    format: 1,
    octoprintVersion: '1.11.8',
    span: 'all',
  });
  // No key, no session, no login.
  expect(rec.text).not.toContain(DEFAULT_API_KEY);
  expect(rec.text).not.toContain(session);
  expect(rec.frames.some((f) => frameKey(f) === 'auth')).toBe(false);

  // Replay in the page: the file alone drives the dashboard to the same chart (online again only for the replay's
  // own chunks; the live link it replaces is closed).
  await context.setOffline(false);
  await panel.getByLabel('Open recording').setInputFiles(path);
  const bar = page.getByRole('group', { name: 'Replay' });
  await expect(page.getByTestId('replay-state')).toHaveText('Replay');
  await expect(bar).toBeVisible();
  await expect(dashboard.linkState).toHaveCount(0);
  await bar.getByRole('radio', { name: '60×' }).click();
  await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await pageSeries(page)).times.length).toBe(live.times.length);
  const replayed = await pageSeries(page);
  expect(replayed.times).toEqual(live.times);
  expect(replayed.heaters).toEqual(live.heaters);
  await expect(dashboard.printerState).toHaveText('Operational');
  await expect(dashboard.eventFeed).toContainText('Print done');
  // Controls are off in replay.
  // The card's own collapse toggle is not a printer control: only the controls in its body.
  const motion = page.getByRole('region', { name: 'Motion and tool' }).locator('.card-body');
  await expect(motion.getByRole('button').first()).toBeVisible();
  for (const b of await motion.getByRole('button').all()) await expect(b).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('replay.png') });

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart as CSV' }).click(),
  ]);
  const csvPath = testInfo.outputPath('chart.csv');
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^time,tool0 actual,tool0 target/);
  expect(csv.length - 1).toBe(replayed.times.length);

  // The mock replays the same file to a fresh page as if it were the printer.
  const replayStack = await startStack({ MOCK_SPEED: '20', MOCK_ARGS: JSON.stringify({ replay: path }) });
  try {
    const fresh = await context.browser()!.newPage({ baseURL: replayStack.baseURL });
    await fresh.goto(`${replayStack.baseURL}${testUrl()}`);
    await expect(fresh.getByTestId('link-state')).toHaveText('Live');
    await expect.poll(() => pageReceived(fresh), { timeout: 60_000 }).toBe(received);
    await expect.poll(async () => (await pageSeries(fresh)).times.length).toBe(live.times.length);
    const viaMock = await pageSeries(fresh);
    expect(viaMock.times).toEqual(live.times);
    expect(viaMock.heaters).toEqual(live.heaters);
    await expect(fresh.getByTestId('printer-state')).toHaveText('Operational');
    await expect(fresh.getByTestId('event-feed')).toContainText('Print done');
    await fresh.close();
  } finally {
    await replayStack.close();
  }
});
