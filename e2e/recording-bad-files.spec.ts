// Bad recording files: truncated, corrupted, foreign, huge and hostile files each get a clear message and
// change nothing else; strings from a file stay text.
import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

function recording(frames: { t: number; m: unknown }[]): string {
  const header = {
    kind: 'octoprint-live-recording',
    format: 1,
    server: 'http://p',
    octoprintVersion: '1.11.8',
    pluginHash: null,
    configHash: null,
    start: frames[0]?.t ?? 0,
    end: frames[frames.length - 1]?.t ?? 0,
    span: 'all',
    messages: frames.length,
    app: 'e2e',
  };
  return `${[header, ...frames].map((x) => JSON.stringify(x)).join('\n')}\n`;
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const state = (text: string) => ({ text, flags: { operational: true, ready: true } });
const good = recording([
  {
    t: 1_000,
    m: {
      connected: { version: '1.11.8', display_version: '1.11.8', plugin_hash: 'a', config_hash: 'b', permissions: [] },
    },
  },
  {
    t: 1_100,
    m: {
      history: {
        state: state('Operational'),
        job: { file: { name: HOSTILE } },
        progress: {},
        temps: [{ time: 1_700_000_000, tool0: { actual: 20, target: 0 } }],
        logs: [],
        messages: [],
      },
    },
  },
  { t: 2_000, m: { event: { type: 'PrintStarted', payload: { name: HOSTILE, path: HOSTILE, origin: 'local' } } } },
  {
    t: 3_000,
    m: {
      current: {
        state: state('Printing'),
        job: { file: { name: HOSTILE } },
        progress: { completion: 5 },
        temps: [{ time: 1_700_000_002, tool0: { actual: 25, target: 210 } }],
        logs: [],
        messages: [],
      },
    },
  },
]);

async function open(page: Page, path: string) {
  await page.getByRole('region', { name: 'Recording' }).getByLabel('Open recording').setInputFiles(path);
}

async function expectUnchanged(page: Page) {
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  await expect(page.getByRole('group', { name: 'Replay' })).toHaveCount(0);
}

test('truncated, corrupted, foreign and huge files each say what is wrong and change nothing', async ({
  dashboard,
  page,
}, testInfo) => {
  await dashboard.open();
  const gz = gzipSync(Buffer.from(good));
  const cases: [string, Buffer | null, RegExp][] = [
    ['truncated.jsonl.gz', gz.subarray(0, gz.length - 20), /cut off or corrupt/],
    ['corrupted.jsonl.gz', Buffer.from(gz.map((b, i) => (i > 12 && i < 40 ? b ^ 0x5a : b))), /damaged/],
    ['cut-plain.jsonl', Buffer.from(good.slice(0, good.length - 30)), /not complete JSON|cut off/],
    ['foreign.html', Buffer.from('<!doctype html><title>x</title>'), /not a recording/],
    ['huge.jsonl.gz', null, /too large/],
  ];
  for (const [name, bytes, message] of cases) {
    const path = testInfo.outputPath(name);
    if (bytes) writeFileSync(path, bytes);
    else {
      // Sparse: 300 MB on paper, nothing on disk.
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 300 * 1024 * 1024);
      closeSync(fd);
    }
    await open(page, path);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open the recording' });
    await expect(alert).toContainText(name);
    await expect(alert).toContainText(message);
    await expectUnchanged(page);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  }
});

test('a file dropped on the page opens too; a hostile one replays with its strings as text', async ({
  dashboard,
  page,
}, testInfo) => {
  await dashboard.open();
  // A foreign file dropped anywhere: the same clear message.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['hello'], 'notes.txt'));
    document
      .querySelector('main')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Could not open the recording' })).toContainText(
    'notes.txt: This is not a recording',
  );
  await expectUnchanged(page);

  const path = testInfo.outputPath('hostile.jsonl.gz');
  writeFileSync(path, gzipSync(Buffer.from(good)));
  await open(page, path);
  const bar = page.getByRole('group', { name: 'Replay' });
  await expect(page.getByTestId('replay-state')).toHaveText('Replay');
  await expect(bar).toBeVisible();
  // The alert from before is gone once a file opened.
  await expect(page.getByRole('alert').filter({ hasText: 'Could not open the recording' })).toHaveCount(0);
  await bar.getByRole('radio', { name: '60×' }).click();
  await expect(page.getByTestId('printer-state')).toHaveText('Printing');
  await expect(page.getByTestId('job-file')).toHaveText(HOSTILE);
  // The replay's controls have a row of their own: the job stays in view, and a replay offers no Retry.
  await expect(page.getByTestId('job-file')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry now' })).toHaveCount(0);
  await expect(page.getByTestId('event-feed')).toContainText(HOSTILE);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await bar.getByRole('button', { name: 'Close replay' }).click();
  await expect(page.getByTestId('link-state')).toHaveText('Live');
});
