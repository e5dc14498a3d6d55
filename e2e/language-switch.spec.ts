// Switching the language without a reload: what is already on screen (feed lines, a toast, the chart's series and
// summary, the status bar, the link's last error and why it waits, the tab title) is worded again, on the same page.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { englishOnly, pageWords } from './support/english-words.ts';
import { LinkDetails } from './support/link-details.ts';

/** Hovers the newest data of the chart until its tooltip shows, and returns the tooltip's text. */
async function tooltipText(page: Page): Promise<string> {
  const plot = page.locator('.u-over');
  const tooltip = page.getByTestId('chart-tooltip');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot area');
  let text = '';
  await expect(async () => {
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await expect(tooltip).toBeVisible({ timeout: 1000 });
    text = (await tooltip.textContent()) ?? '';
  }).toPass();
  await page.mouse.move(box.x + box.width / 2, box.y - 60);
  return text;
}

test('a language chosen in the menu re-words the feed, chart, status bar and link error already shown', async ({
  page,
  dashboard,
  mock,
}) => {
  test.setTimeout(60_000);
  const link = new LinkDetails(page);
  await dashboard.open();
  // Events in the feed: a print starts (file selected, print started, state changes).
  await mock.scenario('print', { seconds: 600 });
  await expect(dashboard.eventFeed).toContainText('Print started: mock_print.gcode');
  // A toast on screen: the print pauses (a warning stays 12 s).
  expect(await mock.api('/api/job', { command: 'pause', action: 'pause' })).toBe(204);
  await expect(dashboard.toasts).toContainText('Print paused');
  await expect(page).toHaveTitle(/^\d+% \(paused\) · mock_print\.gcode — OctoPrint Live$/);
  expect(await tooltipText(page)).toContain('Tool 0 actual');
  const pageBefore = await page.evaluate(() => performance.timeOrigin);

  // A link error: a bad message (the socket's last error), then the server cannot be reached for a while.
  // The first of the mock's bad frames is not JSON, which the raw WebSocket endpoint may not pass on; the next ones are.
  await mock.scenario('malformed', { count: 3 });
  await expect(page.getByTestId('link-errors')).toBeVisible();
  await mock.scenario('drop', { downMs: 45_000 });
  await expect(dashboard.linkState).toHaveText(/^(Reconnecting in \d+ s|Connecting…)$/);
  await expect(link.lastError).toHaveText(' · Last error: the server sent a message that could not be read');
  await expect(dashboard.eventFeed).toContainText('Connection to OctoPrint lost');

  await dashboard.openSettings();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // The same page (no reload), every text already shown now German.
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(pageBefore);
  await expect(dashboard.eventFeed).toContainText('Druck gestartet: mock_print.gcode');
  await expect(dashboard.eventFeed).toContainText('Verbindung zu OctoPrint verloren');
  await expect(dashboard.eventFeed).not.toContainText('Print started');
  await expect(dashboard.linkState).toHaveText(/^(Neue Verbindung in \d+ s|Verbinde…)$/);
  await expect(link.lastError).toHaveText(' · Letzter Fehler: der Server schickte eine unlesbare Nachricht');
  await expect(page.getByTestId('link-errors')).toHaveText(/^\d+ fehlerhafte Nachrichte?n? ignoriert$/);
  await expect(page.getByRole('group', { name: 'Heizungen anzeigen' })).toContainText('Werkzeug 0');
  const tip = await tooltipText(page);
  expect(tip).toContain('Werkzeug 0 Ist');
  expect(tip).toContain('Werkzeug 0 Ziel');
  expect(tip).not.toContain('actual');
  await expect(page.getByRole('region', { name: 'Benachrichtigungen' })).toContainText('Druck pausiert');
  await expect(page).toHaveTitle(/^\d+\s% \(pausiert\) · mock_print\.gcode — OctoPrint Live$/);

  // While it waits, the reason too; and no word of the English catalog anywhere on the page.
  await expect(link.waitReason).toHaveText(
    /^ · Wartet, weil der Server (die Verbindung geschlossen hat|nicht erreichbar ist)( \(Versuch \d+\))?$/,
    { timeout: 20_000 },
  );
  const english = englishOnly('de');
  const found = (await pageWords(page)).filter((w) => english.has(w.toLowerCase()));
  expect([...new Set(found)]).toEqual([]);
  await page.screenshot({ path: 'test-results/language-switch-de.png' });
});
