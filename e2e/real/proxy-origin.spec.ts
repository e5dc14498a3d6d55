// The proxy's origin rule on the server itself: through the key-adding proxy, a page on another origin is refused everything and the
// server is untouched, while the dashboard keeps working in the same browser.
import type { ForeignOrigin } from '../support/foreign-origin.ts';
import {
  ATTACK_FILES,
  attack,
  dashboardStillWorks,
  foreignOriginFixture,
  uploadProbe,
} from '../support/proxy-attacks.ts';
import { expect, onServers, test } from './fixtures.ts';

const foreignTest = test.extend<object, { foreign: ForeignOrigin }>({ foreign: foreignOriginFixture });

onServers('the proxy acts for the dashboard only', () => {
  foreignTest(
    'a page on another origin is refused upload, command, form and socket; the dashboard keeps working',
    async ({ page, request, foreign, proxyApp, server }) => {
      const jobState = async () => (await server.admin.job()).state;
      try {
        expect(await jobState()).toBe('Operational');
        await uploadProbe(request, proxyApp.baseURL);
        await attack(page, foreign.origin('localhost'), proxyApp.baseURL, 'cross-site');
        const names = await server.admin.fileNames();
        expect(names).toContain('probe.gcode');
        for (const name of ATTACK_FILES) expect(names).not.toContain(name);
        expect(await jobState()).toBe('Operational');
        await dashboardStillWorks(page, proxyApp.baseURL, jobState);
      } finally {
        await server.admin.restoreIdle();
        for (const name of ['probe.gcode', ...ATTACK_FILES]) await server.admin.deleteFile(name);
      }
    },
  );
});
