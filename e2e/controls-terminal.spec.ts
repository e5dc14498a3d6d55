// The terminal end to end: log lines only while open (subscribe), filters remembered, bounded count, history.
import type { WebSocket } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ControlsPage } from './support/controls-page.ts';

test('the terminal subscribes to log lines only while open and shows them as text', async ({ page, dashboard }) => {
  const subscribes: unknown[] = [];
  page.on('websocket', (ws: WebSocket) => {
    ws.on('framesent', ({ payload }) => {
      // SockJS sends a JSON array of JSON strings; a raw WebSocket sends the object itself.
      const frame = JSON.parse(String(payload)) as unknown;
      const messages = Array.isArray(frame) ? frame.map((m) => JSON.parse(String(m)) as unknown) : [frame];
      for (const m of messages) if (typeof m === 'object' && m && 'subscribe' in m) subscribes.push(m.subscribe);
    });
  });
  const controls = new ControlsPage(page);
  await dashboard.open();
  await expect.poll(() => subscribes.at(-1)).toMatchObject({ state: { logs: false }, events: true });
  await controls.button('Open terminal').click();
  await expect.poll(() => subscribes.at(-1)).toMatchObject({ state: { logs: true } });
  // The mock's virtual printer says "Recv: wait" every second.
  await expect(controls.terminalOutput).toContainText('Recv: wait');
  await expect(controls.terminalCount).toHaveText(/^\d+ of \d+ lines shown \(keeps the last 2000\)$/);
  await page.getByRole('checkbox', { name: 'Suppress wait responses' }).check();
  await expect(controls.terminalOutput).not.toContainText('Recv: wait');
  await page.reload();
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(page.getByRole('checkbox', { name: 'Suppress wait responses' })).toBeChecked();
  await controls.button('Close terminal').click();
  await expect.poll(() => subscribes.at(-1)).toMatchObject({ state: { logs: false } });
  await expect(controls.terminalOutput).toHaveCount(0);
});
