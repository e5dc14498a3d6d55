// The terminal end to end: log lines only while open (subscribe), filters remembered, bounded count, history.
import type { WebSocket } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Each test starts from, and leaves behind, an idle printer: the worker's mock is shared with other specs.
test.beforeEach(async ({ mock }) => {
  await mock.scenario('reset');
});
test.afterEach(async ({ mock }) => {
  await mock.scenario('reset');
});

/** Messages in a socket frame: SockJS frames are `a[...]` arrays (or JSON string arrays when sent), raw ones objects. */
function messagesOf(payload: string | Buffer): unknown[] {
  const text = String(payload);
  if (text === 'o' || text === 'h' || text.startsWith('c[')) return [];
  const frame = JSON.parse(text.startsWith('a[') ? text.slice(1) : text) as unknown;
  return (Array.isArray(frame) ? frame : [frame]).map((m) => (typeof m === 'string' ? (JSON.parse(m) as unknown) : m));
}

test('the terminal subscribes to log lines only while open and shows them as text', async ({
  page,
  dashboard,
  controls,
}) => {
  const subscribes: unknown[] = [];
  const logLinesByCurrent: number[] = [];
  page.on('websocket', (ws: WebSocket) => {
    ws.on('framesent', ({ payload }) => {
      for (const m of messagesOf(payload))
        if (typeof m === 'object' && m && 'subscribe' in m) subscribes.push(m.subscribe);
    });
    ws.on('framereceived', ({ payload }) => {
      for (const m of messagesOf(payload)) {
        if (typeof m === 'object' && m && 'current' in m)
          logLinesByCurrent.push((m.current as { logs?: unknown[] }).logs?.length ?? 0);
      }
    });
  });
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
  // While open, `current` messages do carry log lines (the virtual printer logs every second).
  await expect.poll(() => logLinesByCurrent.some((n) => n > 0)).toBe(true);
  await controls.button('Close terminal').click();
  await expect.poll(() => subscribes.at(-1)).toMatchObject({ state: { logs: false } });
  await expect(controls.terminalOutput).toHaveCount(0);
  // The virtual printer logs every second; once the server has the new subscription, no line is sent.
  const from = logLinesByCurrent.length + 1;
  await expect.poll(() => logLinesByCurrent.length, { timeout: 10_000 }).toBeGreaterThan(from + 4);
  expect(logLinesByCurrent.slice(from)).toEqual(logLinesByCurrent.slice(from).map(() => 0));
});

test('the command line sends G-code and keeps its history across reloads', async ({ page, dashboard, controls }) => {
  await dashboard.open();
  await controls.button('Open terminal').click();
  await controls.commandInput.fill('M115');
  await controls.commandInput.press('Enter');
  await expect(controls.terminalOutput).toContainText('Send: M115');
  await expect(controls.commandInput).toHaveValue('');
  await page.reload();
  await expect(dashboard.linkState).toHaveText('Live');
  await controls.commandInput.press('ArrowUp');
  await expect(controls.commandInput).toHaveValue('M115');
});
