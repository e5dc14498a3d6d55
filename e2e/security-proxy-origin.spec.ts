// The key-adding proxy acts only for the dashboard's own pages. A page on another local origin tries what
// any website could (upload, JSON command, form POST, SockJS); all refused, the mock untouched, the dashboard Live.
// The same against the real OctoPrint: e2e/real/proxy-origin.spec.ts.
import { expect, test } from './fixtures.ts';
import { ForeignPage, type ForeignOrigin } from './support/foreign-origin.ts';
import {
  ATTACK_FILES,
  attack,
  dashboardStillWorks,
  foreignOriginFixture,
  upgradeStatus,
  uploadProbe,
} from './support/proxy-attacks.ts';

const foreignTest = test.extend<object, { foreign: ForeignOrigin }>({ foreign: foreignOriginFixture });

// The dashboard is on 127.0.0.1: another port there is the same site, localhost another site.
for (const [host, site] of [
  ['127.0.0.1', 'same-site'],
  ['localhost', 'cross-site'],
] as const) {
  foreignTest(
    `mock: a page on ${host} (${site}) is refused everything; the dashboard keeps working`,
    async ({ page, request, stack, foreign, mock }) => {
      await mock.scenario('reset');
      const truth = async () => (await (await request.get('/mock/truth')).json()) as { state: string; sockets: number };
      await uploadProbe(request, stack.baseURL);
      const socketsBefore = (await truth()).sockets;
      await attack(page, foreign.origin(host), stack.baseURL, site);
      expect(await new ForeignPage(page, stack.baseURL).noCorsPost('/mock/scenario', '{"name":"restart"}')).toBe(403);

      const names = ((await (await request.get('/api/files/local')).json()) as { files: { name: string }[] }).files.map(
        (f) => f.name,
      );
      expect(names).toContain('probe.gcode');
      for (const name of ATTACK_FILES) expect(names).not.toContain(name);
      expect(await truth()).toMatchObject({ state: 'Operational', sockets: socketsBefore });

      const preflight = await request.fetch('/api/job', {
        method: 'OPTIONS',
        headers: { Origin: foreign.origin(host), 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status()).toBe(403);
      expect(await preflight.text()).toContain('a CORS preflight comes from another website');
      expect(await upgradeStatus(stack.baseURL, foreign.origin(host))).toBe(403);
      expect(await upgradeStatus(stack.baseURL, stack.baseURL)).toBe(101);

      await dashboardStillWorks(page, stack.baseURL, async () => (await truth()).state);
    },
  );
}
