// The real server's socket rules (docs/octoprint-semantics.md), each met by the dashboard on it.
import { expect, onServers, test } from './fixtures.ts';

const RESTART_FILE = 'e2e-real-restart.gcode';

/** Whole seconds the freshness line says the data is old ("Updated N s ago"). */
function shownAge(text: string | null): number {
  const m = /Updated (\d+) s ago/.exec(text ?? '');
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

onServers('server rules', () => {
  test('rule 1: several user edits in a row (reauthRequired "modified") leave the page Live with fresh data', async ({
    page,
    dashboard,
    server,
  }) => {
    await dashboard.open();
    const user = async () => server.admin.get<{ groups: string[] }>('/api/access/users/operator');
    const groups = (await user()).groups;
    try {
      for (const extra of [['readonly'], [], ['readonly'], []]) {
        await server.admin.send('PUT', '/api/access/users/operator', { groups: [...groups, ...extra] });
        await expect.poll(async () => (await user()).groups.length).toBe(groups.length + extra.length);
      }
      // Data keeps coming after the last edit: a target set now shows.
      await server.admin.send('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 33 } });
      await expect(dashboard.target('tool0')).toContainText('33', { timeout: 10_000 });
      await expect(dashboard.linkState).toHaveText('Live');
      await expect(page.getByRole('heading', { name: 'Connect to OctoPrint' })).toHaveCount(0);
      await expect(dashboard.freshness).toContainText(/Updated [0-2] s ago/);
    } finally {
      await server.admin.send('PUT', '/api/access/users/operator', { groups });
    }
  });

  test('rule 2: the page subscribes to plugin messages: a notification from the printer shows at once', async ({
    dashboard,
    server,
  }) => {
    await dashboard.open();
    const text = `Filament low ${Date.now()}`;
    await server.admin.send('POST', '/api/printer/command', {
      commands: [`!!DEBUG:action_custom notification ${text}`],
    });
    await expect(dashboard.toasts).toContainText(text, { timeout: 10_000 });
  });

  test('rule 4: a printer switched off shows no temperatures and a quiet, beating link stays Live; on again, data returns', async ({
    page,
    dashboard,
    controls,
    server,
  }) => {
    await dashboard.open();
    await server.admin.send('POST', '/api/connection', { command: 'disconnect' });
    await expect(dashboard.printerState).toHaveText('Offline');
    await expect(dashboard.actual('tool0')).not.toContainText(/\d/);
    await expect(controls.button('Connect printer')).toBeEnabled();
    // The server sends nothing more while the printer is off: the link is still Live, and not marked stale.
    await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'false', {
      timeout: 8000,
    });
    await expect
      .poll(async () => shownAge(await dashboard.freshness.textContent()), { timeout: 12_000 })
      .toBeGreaterThanOrEqual(6);
    await expect(dashboard.linkState).toHaveText('Live');
    await expect(page.getByRole('region', { name: 'Connection' })).toHaveAttribute('data-stale', 'false');
    await server.admin.send('POST', '/api/connection', { command: 'connect' });
    await expect(dashboard.printerState).toHaveText('Operational', { timeout: 20_000 });
    await expect(dashboard.actual('tool0')).toContainText(/\d/);
  });

  test('rule 5: a setting saved elsewhere changes config_hash without asking for a reload', async ({
    dashboard,
    server,
  }) => {
    await dashboard.open();
    const before = await server.admin.get<{ appearance: { name: string } }>('/api/settings');
    try {
      await server.admin.send('POST', '/api/settings', { appearance: { name: 'e2e renamed' } });
      await server.admin.send('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 31 } });
      await expect(dashboard.target('tool0')).toContainText('31');
      await expect(dashboard.reloadNotice).toHaveCount(0);
    } finally {
      await server.admin.send('POST', '/api/settings', { appearance: { name: before.appearance.name } });
    }
  });

  test('rule 6: a server restart mid-print: the page reconnects by itself, keeps its chart and markings, and is Live again', async ({
    page,
    dashboard,
    server,
  }) => {
    await dashboard.open();
    await server.admin.upload(RESTART_FILE, 'G28\n' + 'G1 X10 Y10 F600\nG1 X20 Y20 F600\n'.repeat(400));
    await server.admin.send('POST', `/api/files/local/${RESTART_FILE}`, { command: 'select', print: true });
    await expect(dashboard.printerState).toHaveText('Printing', { timeout: 15_000 });
    await expect
      .poll(async () => Number(await dashboard.chart.getAttribute('data-markings')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const markings = Number(await dashboard.chart.getAttribute('data-markings'));
    await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(2);
    const before = await dashboard.chartPoints();
    await server.restart();
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 60_000 });
    await expect(dashboard.printerState).toHaveText('Operational', { timeout: 30_000 });
    await expect.poll(() => dashboard.chartPoints(), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect(dashboard.reloadNotice).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Connect to OctoPrint' })).toHaveCount(0);
    // The new process knows nothing of the print's markings: the page keeps the ones it saw.
    expect(Number(await dashboard.chart.getAttribute('data-markings'))).toBeGreaterThanOrEqual(markings);
    await server.admin.deleteFile(RESTART_FILE);
  });
});
