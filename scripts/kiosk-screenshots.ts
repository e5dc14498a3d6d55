// Retakes the kiosk's README screenshots (docs/screenshot-kiosk-*.png) while the mock prints: 800×480 dark,
// 1024×600 light, and the dimmed clock. Run with `npx tsx scripts/kiosk-screenshots.ts` after `npx vite build`.
import { chromium } from '@playwright/test';
import { startStack } from '../e2e/support/stack.ts';
import { findChromium } from './find-browser.mjs';

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
  await new Promise((r) => setTimeout(r, 20_000));
  await post('print', { seconds: 600 });
  // Far enough into the job that the bar shows it.
  await new Promise((r) => setTimeout(r, 45_000));
  for (const shot of [
    { width: 800, height: 480, scheme: 'dark' },
    { width: 1024, height: 600, scheme: 'light' },
  ] as const) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      serviceWorkers: 'block',
    });
    await page.goto(`${stack.baseURL}/kiosk?dim=never`);
    await page.getByTestId('kiosk-state').filter({ hasText: 'Printing' }).waitFor();
    await page.getByTestId('kiosk-left').filter({ hasText: /\d/ }).waitFor();
    const out = `docs/screenshot-kiosk-${shot.width}x${shot.height}-${shot.scheme}.png`;
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
    await page.close();
  }
  await post('reset');
  const page = await browser.newPage({ viewport: { width: 800, height: 480 }, serviceWorkers: 'block' });
  await page.goto(`${stack.baseURL}/kiosk?dim=1`);
  await page.getByTestId('kiosk-dim').waitFor();
  await page.screenshot({ path: 'docs/screenshot-kiosk-dimmed.png' });
  console.log('saved docs/screenshot-kiosk-dimmed.png');
} finally {
  await browser.close();
  await stack.close();
}
