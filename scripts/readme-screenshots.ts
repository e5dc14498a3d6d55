// Retakes the README screenshots (docs/*.png): phone, 800×480 and desktop first screens (and the phone and Pi whole
// pages), dark and light, while the mock prints.
// Run with `npx tsx scripts/readme-screenshots.ts` after `npx vite build`.
import { heatAndPrint, openSession, sleep } from './screenshot-session.ts';

// Each size as a user first sees it (the viewport); the phone and the Pi also as a whole page.
const SIZES = [
  { name: 'desktop', width: 1280, height: 800, whole: false },
  { name: 'wide', width: 1920, height: 1080, whole: false },
  { name: 'pi', width: 800, height: 480, whole: true },
  { name: 'phone', width: 390, height: 844, whole: true },
] as const;

const session = await openSession();
const { baseURL, browser, post } = session;
try {
  // Let the heaters climb so the chart shows a curve, then print for long enough to be mid-job.
  await heatAndPrint(session, { heatMs: 25_000, printSeconds: 1500, settleMs: 6_000 });
  // Paused and resumed once, so the chart shows OctoPrint's markings for both.
  const job = (action: 'pause' | 'resume') =>
    fetch(`${baseURL}/api/job`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ command: 'pause', action }),
    });
  await job('pause');
  await sleep(4_000);
  await job('resume');
  await sleep(4_000);
  // Sent before the pages open: they list it from OctoPrint's notification list, as after any later login.
  await post('notify', { message: 'Filament sensor: 12 m left on the spool' });
  for (const scheme of ['dark', 'light'] as const) {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      await page.goto(baseURL);
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
  await session.close();
}
