// Retakes the README's farm screenshot (docs/screenshot-farm.png): eight mock printers in their farm roles, saved in
// the page, /printers at 1280×800 once every sparkline has a few minutes to show.
// Run with `npx tsx scripts/farm-screenshot.ts` after `npx vite build`.
import { startStack } from '../e2e/support/stack.ts';
import { startFarm } from '../mock/farm.ts';
import { serverId } from '../src/store/servers-store.ts';
import { launchChromium, sleep } from './screenshot-session.ts';

const stack = await startStack({ env: { MOCK_SPEED: '1' } });
// Speed 10: the heaters have climbed and the sparklines hold a few minutes within half a minute.
const farm = await startFarm({ count: 8, port: 0, speed: 10, printSeconds: 6 * 3600 });
const browser = await launchChromium();
try {
  const servers = farm.printers.map((p) => ({
    id: serverId(p.mock.url),
    name: p.name,
    url: p.mock.url,
    apiKey: p.apiKey,
    remember: true,
    lastUsed: 0,
  }));
  await sleep(20_000);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.addInitScript((json) => localStorage.setItem('octoprint-live:servers', json), JSON.stringify(servers));
  await page.goto(`${stack.baseURL}/printers`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.farm-card [data-testid="link"]').length === n,
    farm.printers.length,
  );
  // Every card but the refused key's live, and the budget chip has measured a few updates.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.farm-card [data-testid="link"]')].filter((l) => l.textContent === 'Live')
        .length >= 7,
  );
  await sleep(8_000);
  await page.screenshot({ path: 'docs/screenshot-farm.png' });
  console.log('saved docs/screenshot-farm.png');
} finally {
  await browser.close();
  await farm.close();
  await stack.close();
}
