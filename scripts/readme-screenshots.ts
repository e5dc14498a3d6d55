// Retakes the README screenshots (docs/*.png): phone, 800×480 and desktop first screens (and the phone and Pi whole
// pages), dark and light, while the mock prints.
// Run with `npx tsx scripts/readme-screenshots.ts` after `npx vite build`.
import { chromium } from '@playwright/test';
import { startStack } from '../e2e/support/stack.ts';
import { findChromium } from './find-browser.mjs';

// Each size as a user first sees it (the viewport); the phone and the Pi also as a whole page.
const SIZES = [
  { name: 'desktop', width: 1280, height: 800, whole: false },
  { name: 'wide', width: 1920, height: 1080, whole: false },
  { name: 'pi', width: 800, height: 480, whole: true },
  { name: 'phone', width: 390, height: 844, whole: true },
] as const;

const stack = await startStack({ env: { MOCK_SPEED: '1' } });
const post = (name: string, params: Record<string, unknown> = {}) =>
  fetch(`${stack.baseURL}/mock/scenario`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, ...params }),
  });
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await post('target', { heater: 'tool0', target: 210 });
  await post('target', { heater: 'bed', target: 60 });
  // Let the heaters climb so the chart shows a curve, then print for long enough to be mid-job.
  await new Promise((r) => setTimeout(r, 25_000));
  await post('print', { seconds: 1500 });
  await new Promise((r) => setTimeout(r, 6_000));
  // Paused and resumed once, so the chart shows OctoPrint's markings for both.
  const job = (action: 'pause' | 'resume') =>
    fetch(`${stack.baseURL}/api/job`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ command: 'pause', action }),
    });
  await job('pause');
  await new Promise((r) => setTimeout(r, 4_000));
  await job('resume');
  await new Promise((r) => setTimeout(r, 4_000));
  // Sent before the pages open: they list it from OctoPrint's notification list, as after any later login.
  await post('notify', { message: 'Filament sensor: 12 m left on the spool' });
  for (const scheme of ['dark', 'light'] as const) {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      await page.goto(stack.baseURL);
      await page.getByTestId('link-state').filter({ hasText: 'Live' }).waitFor();
      await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
      await page.getByRole('group', { name: 'Bed controls' }).waitFor();
      await page.getByLabel('Window').selectOption('5');
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid=temperature-chart]')?.getAttribute('data-points') ?? 0) > 5,
      );
      // A webcam on the first screen has started (it waits to have stayed in view a moment) and shows a frame.
      await page.waitForFunction(() => {
        const cam = document.querySelector('[data-testid=webcam]');
        if (!cam) return true;
        const r = cam.getBoundingClientRect();
        if (r.top >= innerHeight || r.bottom <= 0) return true;
        const img = cam.querySelector<HTMLImageElement>('img');
        return !!img && img.naturalWidth > 0;
      });
      const path = `docs/screenshot-${size.name}-${scheme}.png`;
      await page.screenshot({ path });
      console.log(`saved ${path}`);
      if (size.whole) {
        // A viewport as tall as the page, so the bottom action bar sits at the page's end as it does when scrolled there.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: size.width, height });
        const whole = `docs/screenshot-${size.name}-${scheme}-page.png`;
        await page.screenshot({ path: whole });
        console.log(`saved ${whole}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await stack.close();
}
