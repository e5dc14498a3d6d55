// Secrets: the API key never appears in a URL (requests, WebSocket, page), a console message, the DOM, a
// download, or storage (local, session, cookies, IndexedDB, Cache Storage) unless the user chose "remember".
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures.ts';
import { ConnectPage } from './support/connect-page.ts';
import { DashboardPage } from './support/dashboard-page.ts';
import { recordFigures } from './support/figures.ts';

/** Direct mode: the browser holds the key and talks to OctoPrint cross-origin (the proxy mode never sees a key). */
const test = base.extend<{ seen: string[] }>({
  /** Every URL the page asked for or opened, every console line and page error, every download name. */
  seen: async ({ page }, use) => {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(`request ${r.url()}`));
    page.on('websocket', (ws) => seen.push(`websocket ${ws.url()}`));
    page.on('framenavigated', (f) => seen.push(`url ${f.url()}`));
    page.on('console', (m) => seen.push(`console.${m.type()} ${m.text()}`));
    page.on('pageerror', (e) => seen.push(`pageerror ${e.message}`));
    page.on('download', (d) => seen.push(`download ${d.suggestedFilename()} ${d.url()}`));
    await use(seen);
  },
});

async function storedEverywhere(page: Page): Promise<string> {
  const cookies = JSON.stringify(await page.context().cookies());
  const inPage = await page.evaluate(async () => {
    const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
    const caches = 'caches' in window ? await window.caches.keys() : [];
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      dbs,
      caches,
      cookie: document.cookie,
      url: location.href,
    });
  });
  return cookies + inPage;
}

test.use({ mockArgs: { apiKey: 'SECRET-KEY-do-not-leak-4f9a2c' }, stackOptions: { proxy: false } });

test.beforeEach(({ octoprint }) => {
  octoprint.scenario('reset');
});

test('a key not remembered is in no URL, console line, DOM text or storage', async ({ page, octoprint, seen }) => {
  const connect = new ConnectPage(page);
  const dashboard = new DashboardPage(page);
  const key = octoprint.apiKey;
  await page.goto('/');
  // A wrong key first: its error message must not echo what was typed either.
  await connect.connect(octoprint.url, `${key}-WRONG`);
  await expect(connect.alert.first()).toBeVisible();
  await connect.connect(octoprint.url, key);
  await expect(dashboard.linkState).toHaveText('Live');
  octoprint.scenario('reauth', { reason: 'stale' });
  await expect(dashboard.linkState).toHaveText('Live');
  await dashboard.setTarget('Bed', 40);
  await expect(dashboard.target('bed')).toHaveText('40.0 °C');

  expect(seen.some((s) => s.startsWith('request ') && s.includes(octoprint.url))).toBe(true);
  expect(seen.filter((s) => s.includes(key))).toEqual([]);
  expect(await storedEverywhere(page)).not.toContain(key);
  expect(await page.locator('body').innerText()).not.toContain(key);
  expect(await page.content()).not.toContain(key);
  recordFigures('secrets', { urlsAndConsoleLinesChecked: seen.length, leaks: 0 });
});

test('"remember" stores the key in localStorage only, and still in no URL or console line', async ({
  page,
  octoprint,
  seen,
}) => {
  const connect = new ConnectPage(page);
  const dashboard = new DashboardPage(page);
  const key = octoprint.apiKey;
  await page.goto('/');
  await connect.connect(octoprint.url, key, true);
  await expect(dashboard.linkState).toHaveText('Live');
  await page.reload();
  await expect(dashboard.linkState).toHaveText('Live');

  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(local).toContain(key);
  const elsewhere = await storedEverywhere(page);
  expect(elsewhere.replace(JSON.stringify(JSON.parse(local)).slice(1, -1), '')).not.toContain(key);
  expect(seen.filter((s) => s.includes(key))).toEqual([]);
});
