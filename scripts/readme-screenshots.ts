// Retakes the README screenshots (docs/*.png): phone, 800×480 and desktop, dark and light, while the mock prints.
// Run with `npx tsx scripts/readme-screenshots.ts` after `npx vite build`.
import { chromium } from '@playwright/test';
import { startStack } from '../e2e/support/stack.ts';
import { findChromium } from './find-browser.mjs';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800, fullPage: false },
  { name: 'pi', width: 800, height: 480, fullPage: true },
  { name: 'phone', width: 360, height: 740, fullPage: true },
] as const;

const stack = await startStack({ env: { MOCK_SPEED: '1' } });
const post = (name: string, params: Record<string, unknown> = {}) =>
  fetch(`${stack.baseURL}/mock/scenario`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, ...params }) });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
try {
  await post('target', { heater: 'tool0', target: 210 });
  await post('target', { heater: 'bed', target: 60 });
  // Let the heaters climb so the chart shows a curve, then print for long enough to be mid-job.
  await new Promise((r) => setTimeout(r, 25_000));
  await post('print', { seconds: 1500 });
  await new Promise((r) => setTimeout(r, 6_000));
  // Paused and resumed once, so the chart shows OctoPrint's markings for both.
  const job = (action: 'pause' | 'resume') =>
    fetch(`${stack.baseURL}/api/job`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ command: 'pause', action }) });
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
      await page.getByLabel('Window').selectOption('5');
      await page.waitForFunction(() => Number(document.querySelector('[data-testid=temperature-chart]')?.getAttribute('data-points') ?? 0) > 5);
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('[data-testid=webcam] img');
        return !img || img.naturalWidth > 0;
      });
      const path = `docs/screenshot-${size.name}-${scheme}.png`;
      await page.screenshot({ path, fullPage: size.fullPage });
      console.log(`saved ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await stack.close();
}
