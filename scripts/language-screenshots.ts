// Retakes the README's screenshots of the dashboard in other languages (docs/screenshot-desktop-<locale>.png): the
// browser's language picks the catalog, while the mock prints. Run with `npx tsx scripts/language-screenshots.ts`
// after `npx vite build`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startStack } from '../e2e/support/stack.ts';
import { findChromium } from './find-browser.mjs';

// Two languages whose script every Chromium has a font for (a bare Linux image has no CJK font).
const LOCALES = ['de', 'fr'] as const;

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
  await new Promise((r) => setTimeout(r, 20_000));
  await post('print', { seconds: 1500 });
  await new Promise((r) => setTimeout(r, 6_000));
  for (const locale of LOCALES) {
    const messages = JSON.parse(readFileSync(`src/shared/messages/${locale}.json`, 'utf8')) as Record<string, string>;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark', locale });
    await page.goto(stack.baseURL);
    await page.getByRole('button', { name: messages['jobControls.pause'], exact: true }).waitFor();
    await page.getByLabel(messages['chart.window'] ?? '').selectOption('5');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=temperature-chart]')?.getAttribute('data-points') ?? 0) > 5,
    );
    const path = `docs/screenshot-desktop-${locale}.png`;
    await page.screenshot({ path });
    console.log(`saved ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await stack.close();
}
