// Permissions as the server grants them: the viewer (readonly group) sees live data with every control disabled and named.
import { expect, onServers, test } from './fixtures.ts';
import { ServerApi } from './support/server-api.ts';

test.use({ proxyUser: 'viewer' });

onServers('a read-only user', () => {
  test('sees live data; controls are disabled with the missing permission named; the server refuses them too', async ({
    page,
    dashboard,
    controls,
    server,
  }) => {
    await dashboard.open();
    await expect(dashboard.printerState).toHaveText('Operational');
    await expect(dashboard.actual('tool0')).toContainText(/\d/);
    await expect(controls.heater('Tool 0').getByRole('button', { name: 'Set', exact: true })).toBeDisabled();
    await expect(controls.button('Jog X +')).toBeDisabled();
    await expect(controls.button('Home all')).toBeDisabled();
    await expect(page.getByText('needs the Control permission').first()).toBeVisible();
    await expect(page.getByLabel('Upload G-code (or drop a file here)')).toBeDisabled();
    // The gating mirrors the server: the same user's key is refused there.
    const viewer = new ServerApi(server.url, server.keys.viewer);
    expect(
      (await viewer.request('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 30 } })).status,
    ).toBe(403);
  });

  test('an operator may control the printer but not change the server settings', async ({ server }) => {
    const operator = new ServerApi(server.url, server.keys.operator);
    expect(
      (await operator.request('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 0 } })).status,
    ).toBe(204);
    expect((await operator.request('POST', '/api/settings', { appearance: { name: 'not allowed' } })).status).toBe(403);
  });
});
