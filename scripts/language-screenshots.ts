// Retakes the README's screenshots of the dashboard in other languages (docs/screenshot-desktop-<locale>.png): the
// browser's language picks the catalog, while the mock prints. Run with `npx tsx scripts/language-screenshots.ts`
// after `npx vite build`.
import { readFileSync } from 'node:fs';
import { heatAndPrint, openSession } from './screenshot-session.ts';

// Two languages whose script every Chromium has a font for (a bare Linux image has no CJK font).
const LOCALES = ['de', 'fr'] as const;

const session = await openSession();
const { baseURL, browser } = session;
try {
  // Let the heaters climb so the chart shows a curve, then print for long enough to be mid-job.
  await heatAndPrint(session, { heatMs: 20_000, printSeconds: 1500, settleMs: 6_000 });
  for (const locale of LOCALES) {
    const messages = JSON.parse(readFileSync(`src/shared/messages/${locale}.json`, 'utf8')) as Record<string, string>;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark', locale });
    await page.goto(baseURL);
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
  await session.close();
}
