// The installed app: the service worker keeps the shell for offline loads (saying so), never caches OctoPrint's
// traffic, offers a new build as soon as it is downloaded, and the page meets Chromium's install criteria.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { startStack, type Stack } from './support/stack.ts';

/** Each test serves its own copy of the build, so that one may change it as a new deploy would. */
const test = base.extend<{ app: Stack & { dir: string } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  app: async ({}, use, info) => {
    const dir = `test-results/dist-sw-${info.workerIndex}-${info.testId}`;
    rmSync(dir, { recursive: true, force: true });
    cpSync('dist', dir, { recursive: true });
    const stack = await startStack({ outDir: dir });
    await use({ ...stack, dir });
    await stack.close();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ app }, use) => use(app.baseURL),
});
test.use({ serviceWorkers: 'allow' });

/** Opens the dashboard live and waits until its service worker is active and controls the page. */
async function openControlled(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first load is not the worker's: the next one is.
  await page.reload();
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('offline, the second load shows the saved shell and says it is offline; API answers are never cached', async ({
  page,
  context,
}) => {
  await openControlled(page);
  expect(await page.evaluate(() => fetch('/api/version').then((r) => r.status))).toBe(200);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached.filter((u) => /^\/(api|sockjs|plugin|mock)\//.test(u))).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-banner')).toContainText('Offline');
  await expect(page).toHaveTitle('OctoPrint Live');
  // The app itself runs (a screen of it rendered), and OctoPrint's API is not answered from any cache.
  await expect(page.locator('#root > :not(.app-banner)').first()).toBeVisible();
  expect(
    await page.evaluate(() =>
      fetch('/api/version').then(
        (r) => r.status,
        () => 'network error',
      ),
    ),
  ).toBe('network error');
  await page.screenshot({ path: 'test-results/offline-shell.png' });

  await context.setOffline(false);
  await expect(page.getByTestId('offline-banner')).toBeHidden();
});

test('a new build is offered at once and one click reloads into it', async ({ page, app }) => {
  await openControlled(page);
  // A new deploy: a changed index.html, and the worker that lists its new revision.
  const html = readFileSync(`${app.dir}/index.html`, 'utf8');
  writeFileSync(`${app.dir}/index.html`, html.replace('<head>', '<head><meta name="build" content="next" />'));
  const sw = readFileSync(`${app.dir}/sw.js`, 'utf8');
  const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1next-build"');
  expect(next).not.toBe(sw);
  writeFileSync(`${app.dir}/sw.js`, next);
  await expect(page.locator('meta[name="build"]')).toHaveCount(0);

  // The hourly check, now: the new worker installs and waits, and the page offers it.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const offer = page.getByTestId('update-offer');
  await expect(offer).toContainText('A new version of the dashboard is ready');
  await offer.getByRole('button', { name: 'Reload now' }).click();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'next');
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  await expect(page.getByTestId('update-offer')).toHaveCount(0);
});

test('installable: the manifest and its PNG icons, and no installability errors in Chromium', async ({
  page,
  context,
  request,
}) => {
  await openControlled(page);
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    theme_color: string;
    background_color: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('OctoPrint Live Dashboard');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const size of [192, 512])
    for (const purpose of ['any', 'maskable']) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose);
      expect(icon, `${size} ${purpose}`).toBeTruthy();
      const png = await (await request.get(`/${icon?.src}`)).body();
      // PNG signature, then the IHDR chunk's width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito ones, where Chromium never installs: that one is the browser's, not the app's.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
