// A hidden tab asks the server for ×20 and catches up at once when shown: the throttle and resync on the server.
import type { Page } from '@playwright/test';
import { expect, onServers, test } from './fixtures.ts';

/** Headless Chromium keeps every page visible: the page's own document reports hidden, as a background tab's would. */
async function emulateVisibility(page: Page): Promise<(state: 'hidden' | 'visible') => Promise<void>> {
  await page.addInitScript(() => {
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    (window as unknown as { __setVisibility: (s: DocumentVisibilityState) => void }).__setVisibility = (s) => {
      state = s;
      document.dispatchEvent(new Event('visibilitychange'));
    };
  });
  return (state) => page.evaluate((s) => (window as unknown as { __setVisibility: (v: string) => void }).__setVisibility(s), state);
}

onServers('tab hidden and shown', () => {
  test('hidden: ×20 on the server; shown: ×1 and a change made meanwhile shows at once', async ({ page, dashboard, server }) => {
    const setVisibility = await emulateVisibility(page);
    await dashboard.open();
    const chip = (factor: number) => page.getByRole('button', { name: new RegExp(`^Render cost: .* ×${factor} ·`) });
    await setVisibility('hidden');
    await expect(chip(20)).toBeVisible();
    await server.admin.send('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 37 } });
    await setVisibility('visible');
    // At ×20 the next `current` could be 10 s away: only the return to ×1 (and the resync) brings it this soon.
    await expect(dashboard.target('tool0')).toContainText('37', { timeout: 4000 });
    await expect(chip(1)).toBeVisible();
    await expect(dashboard.linkState).toHaveText('Live');
  });
});
