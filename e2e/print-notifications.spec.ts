// Browser notifications (the Notification API stubbed): asked only after a click, then one each when a print
// finishes, fails or pauses, and when the printer disconnects during a print, also while the tab is in the background.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Shown {
  title: string;
  body: string;
  tag: string;
}

declare global {
  interface Window {
    __notes: Shown[];
    __asked: number;
    __hide(): void;
  }
}

/** A Notification that records what the page shows and grants permission when asked; and a way to hide the tab. */
async function stubNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__notes = [];
    window.__asked = 0;
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      constructor(title: string, opts: NotificationOptions = {}) {
        window.__notes.push({ title, body: opts.body ?? '', tag: opts.tag ?? '' });
      }
      static requestPermission(): Promise<NotificationPermission> {
        window.__asked += 1;
        FakeNotification.permission = 'granted';
        return Promise.resolve('granted');
      }
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
    window.__hide = () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
  });
}

const titles = (page: Page) => page.evaluate(() => window.__notes.map((n) => n.title.replace(/^.*?: /, '')));

async function allow(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__asked)).toBe(0);
  await page.getByRole('button', { name: /^Settings/ }).click();
  await page.getByRole('button', { name: 'Notify me when a print ends or pauses' }).click();
  await expect(page.getByTestId('notify-state')).toContainText('Print notifications are on');
  expect(await page.evaluate(() => window.__asked)).toBe(1);
}

test('nothing is asked on load; after the click, a finished print is notified once', async ({
  page,
  dashboard,
  mock,
}) => {
  await stubNotifications(page);
  await dashboard.open();
  await mock.scenario('print', { seconds: 3 });
  await expect(dashboard.printerState).toHaveText('Printing');
  await expect(dashboard.printerState).toHaveText('Operational', { timeout: 15_000 });
  // Not allowed yet: nothing shown, nothing asked.
  expect(await titles(page)).toEqual([]);
  await allow(page);
  await mock.scenario('print', { seconds: 3 });
  await expect.poll(() => titles(page), { timeout: 15_000 }).toEqual(['print finished']);
  const [note] = await page.evaluate(() => window.__notes);
  expect(note?.body).toContain('mock_print.gcode');
  await expect(dashboard.printerState).toHaveText('Operational');
  expect(await titles(page)).toEqual(['print finished']);
});

test('in a background tab: a pause, the printer disconnecting mid-print, and a failure, one each', async ({
  page,
  dashboard,
  mock,
}) => {
  await stubNotifications(page);
  await dashboard.open();
  await allow(page);
  await page.evaluate(() => window.__hide());
  // Hidden, the page asks OctoPrint for fewer state updates (events still come at once): the mock's own state says
  // when the printer is ready for the next step.
  const printerIs = (state: RegExp) => expect.poll(async () => (await mock.truth()).state).toMatch(state);

  await mock.scenario('print', { seconds: 600 });
  await printerIs(/^Printing$/);
  expect(await mock.api('/api/job', { command: 'pause', action: 'pause' })).toBe(204);
  await expect.poll(() => titles(page)).toEqual(['print paused']);

  expect(await mock.api('/api/connection', { command: 'disconnect' })).toBe(204);
  await expect.poll(() => titles(page)).toEqual(['print paused', 'printer disconnected']);

  expect(await mock.api('/api/connection', { command: 'connect' })).toBe(204);
  await printerIs(/^Operational$/);
  await mock.scenario('print', { seconds: 600 });
  await printerIs(/^Printing$/);
  await mock.scenario('printer-error');
  await expect.poll(() => titles(page)).toEqual(['print paused', 'printer disconnected', 'print failed']);
  // Nothing more arrives for the same incidents, also once the page is back in front and catches up.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(dashboard.printerState).toHaveText(/error/i);
  expect(await titles(page)).toHaveLength(3);
});
