// The page holds its place while it loads: the cards that arrive after the first paint (in their own chunks, the
// webcam once the server's settings say there is one) appear whole instead of pushing what is already on screen.
import { expect, test } from './fixtures.ts';
import { SCREEN_SIZES } from './support/screen-sizes.ts';

/** Google's "good" cumulative layout shift; before the cards loaded together it was 0.22 at 1280×800. */
const GOOD_CLS = 0.1;

for (const size of SCREEN_SIZES) {
  test(`${size.width}×${size.height}: loading moves nothing already on screen (layout shift under ${GOOD_CLS})`, async ({
    dashboard,
    page,
  }) => {
    await page.setViewportSize(size);
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; at: number }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.__shifts.push({ value: e.value, at: Math.round(e.startTime) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await dashboard.open();
    await expect(page.getByRole('group', { name: /Tool 0 controls/ }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Files' })).toBeVisible();
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; at: number }[] }).__shifts,
    );
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_CLS);
  });
}
