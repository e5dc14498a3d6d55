// Takes a screenshot of a running dashboard: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [light|dark]
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.mjs';

const [url = 'http://localhost:5173/', out = 'screenshot.png', size = '1280x800', scheme = 'dark'] =
  process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
await page.goto(url);
await page.getByTestId('link-state').filter({ hasText: 'Live' }).waitFor();
await page.waitForFunction(
  () => Number(document.querySelector('[data-testid=temperature-chart]')?.getAttribute('data-points') ?? 0) > 2,
);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
