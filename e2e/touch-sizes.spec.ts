// Touch sizes: on a phone and an 800×480 Pi screen every control the user can reach is at least 44 × 44 px
// (a radio or checkbox counts by its label, which is what a finger hits).
import { expect, test } from './fixtures.ts';

for (const size of [
  { width: 390, height: 844 },
  { width: 800, height: 480 },
]) {
  test(`every control is at least 44 × 44 px at ${size.width}×${size.height}`, async ({ dashboard, page }) => {
    await page.setViewportSize(size);
    await dashboard.open();
    await dashboard.openSettings();
    await expect(page.getByRole('button', { name: /^Render cost/ })).toBeVisible();
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('button, select, input, summary, [role="tab"]')) {
        const target =
          el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
            ? (el.closest('label') ?? el)
            : el;
        const r = target.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not rendered (collapsed card, closed menu)
        if (getComputedStyle(el).visibility === 'hidden') continue;
        if (r.width < 43.5 || r.height < 43.5)
          out.push(
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return out;
    });
    expect(small).toEqual([]);
  });
}
