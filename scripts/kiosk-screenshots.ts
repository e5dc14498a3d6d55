// Retakes the kiosk's README screenshots (docs/screenshot-kiosk-*.png) while the mock prints: 800×480 dark,
// 1024×600 light, and the dimmed clock. Run with `npx tsx scripts/kiosk-screenshots.ts` after `npx vite build`.
import { heatAndPrint, openSession } from './screenshot-session.ts';

const session = await openSession();
const { baseURL, browser, post } = session;
try {
  // Printing, far enough into the job that the bar shows it.
  await heatAndPrint(session, { heatMs: 20_000, printSeconds: 600, settleMs: 45_000 });
  for (const shot of [
    { width: 800, height: 480, scheme: 'dark' },
    { width: 1024, height: 600, scheme: 'light' },
  ] as const) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      serviceWorkers: 'block',
    });
    await page.goto(`${baseURL}/kiosk?dim=never`);
    await page.getByTestId('kiosk-state').filter({ hasText: 'Printing' }).waitFor();
    await page.getByTestId('kiosk-left').filter({ hasText: /\d/ }).waitFor();
    const out = `docs/screenshot-kiosk-${shot.width}x${shot.height}-${shot.scheme}.png`;
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
    await page.close();
  }
  await post('reset');
  const page = await browser.newPage({ viewport: { width: 800, height: 480 }, serviceWorkers: 'block' });
  await page.goto(`${baseURL}/kiosk?dim=1`);
  await page.getByTestId('kiosk-dim').waitFor();
  await page.screenshot({ path: 'docs/screenshot-kiosk-dimmed.png' });
  console.log('saved docs/screenshot-kiosk-dimmed.png');
} finally {
  await session.close();
}
