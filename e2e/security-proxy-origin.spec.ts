// Issue 21: the key-adding proxy acts only for the dashboard's own pages. A page on another local origin tries what
// any website could (upload, JSON command, form POST, SockJS); all refused, the server untouched, the dashboard Live.
import { request as http } from 'node:http';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DashboardPage } from './support/dashboard-page.ts';
import { ForeignPage, startForeignOrigin, type ForeignOrigin } from './support/foreign-origin.ts';
import { startStack } from './support/stack.ts';

const ADMIN_KEY = 'TESTSERVER-ADMIN-KEY-000000000000000';
const NO_CORS_FILE = 'attack-no-cors.gcode';
const FORM_FILE = 'attack-form.gcode';
const ATTACK_FILES = [NO_CORS_FILE, FORM_FILE];
/** Dwells in short steps, so a print of it lasts some seconds on OctoPrint's virtual printer and cancels at once. */
const PROBE = `G28\n${'G4 P1500\n'.repeat(12)}`;

const foreignTest = test.extend<object, { foreign: ForeignOrigin }>({
  foreign: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const foreign = await startForeignOrigin();
      await use(foreign);
      await foreign.close();
    },
    { scope: 'worker' },
  ],
});

/** Through the proxy from the test runner: loopback, no Origin, as a script on this machine. Selects the file. */
async function uploadProbe(request: APIRequestContext, base: string): Promise<void> {
  const res = await request.post(`${base}/api/files/local`, {
    multipart: { file: { name: 'probe.gcode', mimeType: 'text/plain', buffer: Buffer.from(PROBE) }, select: 'true' },
  });
  expect(res.status()).toBe(201);
}

/** Every attack a foreign page can make, each answered 403 by the proxy itself (or blocked at its preflight). */
async function attack(page: Page, origin: string, target: string, site: string): Promise<void> {
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
async function dashboardStillWorks(page: Page, base: string, jobState: () => Promise<string>): Promise<void> {
  const own = await page.context().newPage();
  const dashboard = new DashboardPage(own);
  await own.goto(`${base}/`);
  await expect(dashboard.linkState).toHaveText('Live');
  await expect(dashboard.printerState).toHaveText('Operational');
  const post = (command: string) =>
    own.evaluate((body) => fetch('/api/job', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((r) => r.status), JSON.stringify({ command }));
  expect(await post('start')).toBe(204);
  await expect.poll(jobState).toMatch(/Printing|Starting/);
  expect(await post('cancel')).toBe(204);
  await expect.poll(jobState, { timeout: 15_000 }).toBe('Operational');
}

/** A raw WebSocket upgrade with a foreign Origin: the status line the proxy answers (101 would be a bridge). */
function upgradeStatus(base: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http(`${base}/sockjs/websocket`, {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', Origin: origin },
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

// The dashboard is on 127.0.0.1: another port there is the same site, localhost another site.
for (const [host, site] of [['127.0.0.1', 'same-site'], ['localhost', 'cross-site']] as const) {
  foreignTest(`mock: a page on ${host} (${site}) is refused everything; the dashboard keeps working`, async ({ page, request, stack, foreign, mock }) => {
    await mock.scenario('reset');
    const truth = async () => (await (await request.get('/mock/truth')).json()) as { state: string; sockets: number };
    await uploadProbe(request, stack.baseURL);
    const socketsBefore = (await truth()).sockets;
    await attack(page, foreign.origin(host), stack.baseURL, site);
    expect(await new ForeignPage(page, stack.baseURL).noCorsPost('/mock/scenario', '{"name":"restart"}')).toBe(403);

    const names = ((await (await request.get('/api/files/local')).json()) as { files: { name: string }[] }).files.map((f) => f.name);
    expect(names).toContain('probe.gcode');
    for (const name of ATTACK_FILES) expect(names).not.toContain(name);
    expect(await truth()).toMatchObject({ state: 'Operational', sockets: socketsBefore });

    const preflight = await request.fetch('/api/job', { method: 'OPTIONS', headers: { Origin: foreign.origin(host), 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status()).toBe(403);
    expect(await preflight.text()).toContain('a CORS preflight comes from another website');
    expect(await upgradeStatus(stack.baseURL, foreign.origin(host))).toBe(403);
    expect(await upgradeStatus(stack.baseURL, stack.baseURL)).toBe(101);

    await dashboardStillWorks(page, stack.baseURL, async () => (await truth()).state);
  });
}

foreignTest('real OctoPrint: a page on another origin is refused everything; the dashboard keeps working', async ({ page, foreign }) => {
  const url = process.env.OCTOPRINT_TEST_URL;
  test.skip(!url, 'real-server spec: OCTOPRINT_TEST_URL not set');
  const octoprint = (url ?? '').replace(/\/$/, '');
  const admin = { 'X-Api-Key': ADMIN_KEY };
  const app = await startStack({ env: { OCTOPRINT_URL: octoprint, OCTOPRINT_API_KEY: ADMIN_KEY } });
  const direct = page.request;
  const jobState = async () => ((await (await direct.get(`${octoprint}/api/job`, { headers: admin })).json()) as { state: string }).state;
  try {
    expect(await jobState()).toBe('Operational');
    await uploadProbe(direct, app.baseURL);
    await attack(page, foreign.origin('localhost'), app.baseURL, 'cross-site');

    const listed = await direct.get(`${octoprint}/api/files/local`, { headers: admin });
    const names = ((await listed.json()) as { files: { name: string }[] }).files.map((f) => f.name);
    expect(names).toContain('probe.gcode');
    for (const name of ATTACK_FILES) expect(names).not.toContain(name);
    expect(await jobState()).toBe('Operational');

    await dashboardStillWorks(page, app.baseURL, jobState);
  } finally {
    // Leaves the shared test server as found, also after a failure that started a print.
    await direct.post(`${octoprint}/api/job`, { headers: admin, data: { command: 'cancel' } });
    await expect.poll(jobState, { timeout: 15_000 }).toBe('Operational');
    for (const name of ['probe.gcode', ...ATTACK_FILES]) await direct.delete(`${octoprint}/api/files/local/${name}`, { headers: admin });
    await app.close();
  }
});
