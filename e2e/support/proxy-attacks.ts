// What a page on another origin tries through the key-adding proxy, and the checks that the dashboard still works.
import { request as http } from 'node:http';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DashboardPage } from './dashboard-page.ts';
import { ForeignPage, startForeignOrigin, type ForeignOrigin } from './foreign-origin.ts';

export const NO_CORS_FILE = 'attack-no-cors.gcode';
export const FORM_FILE = 'attack-form.gcode';
export const ATTACK_FILES = [NO_CORS_FILE, FORM_FILE];
/** Dwells in short steps, so a print of it lasts some seconds on OctoPrint's virtual printer and cancels at once. */
const PROBE = `G28\n${'G4 P1500\n'.repeat(12)}`;

/** A worker fixture: a tiny web server on another port, the "other website" of the attacks. */
export const foreignOriginFixture: [
  (args: object, use: (f: ForeignOrigin) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  async ({}, use) => {
    const foreign = await startForeignOrigin();
    await use(foreign);
    await foreign.close();
  },
  { scope: 'worker' },
];

/** Through the proxy from the test runner: loopback, no Origin, as a script on this machine. Selects the file. */
export async function uploadProbe(request: APIRequestContext, base: string): Promise<void> {
  const res = await request.post(`${base}/api/files/local`, {
    multipart: { file: { name: 'probe.gcode', mimeType: 'text/plain', buffer: Buffer.from(PROBE) }, select: 'true' },
  });
  expect(res.status()).toBe(201);
}

/** Every attack a foreign page can make, each answered 403 by the proxy itself (or blocked at its preflight). */
export async function attack(page: Page, origin: string, target: string, site: string): Promise<void> {
  const foreign = new ForeignPage(page, target);
  await foreign.open(origin);
  expect(await foreign.noCorsUpload(NO_CORS_FILE)).toBe(403);
  const form = await foreign.formUpload(FORM_FILE);
  expect(form.status).toBe(403);
  expect(form.body).toContain(`made by another website's page (Sec-Fetch-Site: ${site})`);
  expect(await foreign.jsonCommand('/api/job', { command: 'start' })).toBe('blocked');
  expect(await foreign.webSocket('/sockjs/websocket')).toBe('closed 1006');
  expect(await foreign.noCorsPost('/sockjs/000/foreign01/xhr_streaming', '')).toBe(403);
}

/** The dashboard in the same browser: Live, and its own origin's JSON command goes through (then undone). */
export async function dashboardStillWorks(page: Page, base: string, jobState: () => Promise<string>): Promise<void> {
  const own = await page.context().newPage();
  const dashboard = new DashboardPage(own);
  await own.goto(`${base}/`);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.printerState).toHaveText('Operational');
  const post = (command: string) =>
    own.evaluate(
      (body) =>
        fetch('/api/job', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then(
          (r) => r.status,
        ),
      JSON.stringify({ command }),
    );
  expect(await post('start')).toBe(204);
  await expect.poll(jobState).toMatch(/Printing|Starting/);
  expect(await post('cancel')).toBe(204);
  await expect.poll(jobState, { timeout: 15_000 }).toBe('Operational');
}

/** A raw WebSocket upgrade with a foreign Origin: the status line the proxy answers (101 would be a bridge). */
export function upgradeStatus(base: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http(`${base}/sockjs/websocket`, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        Origin: origin,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
