// Injection: file names, log lines, plugin notifications, prompts, printer errors, event payloads, heater
// names and the server's version carrying HTML and script render as inert text: no element made from them, no script
// run, no dialog. (Render-as-text is React's default; this proves it end to end from the mock's side.)
import { expect, test } from './fixtures.ts';
import { liveSessions, openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';

const MARK = 'inj';
/** Hostile text: an element with an event handler, a script, an SVG with onload, and a javascript: link. */
const hostile = (where: string) =>
  `${MARK}-${where} <img src=x data-pwned="${where}" onerror="window.__pwned='${where}';alert('${where}')">` +
  `<script>window.__pwned='${where}'</script><svg data-pwned="${where}" onload="window.__pwned='${where}'"></svg>` +
  `<a href="javascript:window.__pwned='${where}'" data-pwned="${where}">x</a>`;

test('hostile strings from every input render as inert text', async ({ dashboard, octoprint, page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openWithDiagnostics(dashboard);

  // A file name, through a real multipart upload that also starts the print (job panel, feed, toasts).
  const fileName = `${hostile('file').replace(/[/\\]/g, '')}.gcode`;
  const up = await request.post('/api/files/local', {
    multipart: {
      file: {
        name: fileName,
        mimeType: 'text/plain',
        buffer: Buffer.from('G28\nG1 X10 Y10 Z0.2\nM117 hi\n'.repeat(200)),
      },
      print: 'true',
    },
  });
  expect(up.status()).toBe(201);
  // Plugin notification, a prompt with hostile choices, terminal/log lines.
  octoprint.scenario('notify', { message: hostile('notify') });
  octoprint.scenario('prompt', { text: hostile('prompt'), choices: [hostile('choice'), 'OK'] });
  for (const s of liveSessions(octoprint)) {
    s.injectLog(`Recv: ${hostile('log')}`);
    // Event payloads the feed and toasts describe.
    s.sendEvent('PrintFailed', {
      name: hostile('event-name'),
      path: hostile('event-path'),
      reason: hostile('event-reason'),
      error: hostile('event-error'),
    });
    s.sendEvent('Error', { error: hostile('error-event') });
    s.sendEvent(hostile('event-type'), { x: 1 });
    s.sendHeld({ plugin: { plugin: hostile('plugin-id'), data: { message: hostile('plugin-data') } } });
    // A heater with a hostile name in the temperature stream.
    s.sendJson({
      current: {
        state: { text: hostile('state'), flags: { operational: true, printing: true }, error: '' },
        job: { file: {} },
        progress: {},
        temps: [{ time: Math.floor(Date.now() / 1000), [hostile('heater')]: { actual: 1, target: 2 } }],
        logs: [hostile('current-log')],
        messages: [],
      },
    });
  }

  // The texts arrived and show, literally.
  await expect(page.getByText(`${MARK}-notify <img`, { exact: false }).first()).toBeVisible();
  await expect(dashboard.prompt).toContainText(`${MARK}-prompt <img src=x`);
  await expect(dashboard.prompt.getByRole('button', { name: new RegExp(`${MARK}-choice`) })).toBeVisible();
  await expect(dashboard.eventFeed).toContainText(`${MARK}-file`);
  await expect(dashboard.eventFeed).toContainText(`${MARK}-event`);
  // A printer error, last (it ends the print).
  octoprint.scenario('printer-error', { message: hostile('printer-error') });
  await expect(page.getByTestId('printer-error')).toContainText(`${MARK}-printer-error <img src=x`);

  // Nothing became an element, nothing ran.
  await expect(page.locator('[data-pwned]')).toHaveCount(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
  await expect(dashboard.linkState).toHaveText('Live');
  const vectors = [
    'file name',
    'notification',
    'prompt text',
    'prompt choice',
    'log line',
    'event payloads (4)',
    'event type',
    'plugin id',
    'plugin data',
    'state text',
    'heater name',
    'printer error',
  ];
  recordFigures('injection', { vectors: vectors.length, elementsCreated: 0, scriptsRun: 0, dialogs: dialogs.length });
});
