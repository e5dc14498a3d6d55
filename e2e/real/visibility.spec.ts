// A hidden tab asks the server for ×20 and catches up at once when shown: the throttle and resync on the server.
import { emulateVisibility, setVisibility } from '../support/page-lifecycle.ts';
import { expect, onServers, test } from './fixtures.ts';

onServers('tab hidden and shown', () => {
  test('hidden: ×20 on the server; shown: ×1 and a change made meanwhile shows at once', async ({
    page,
    dashboard,
    server,
  }) => {
    await emulateVisibility(page);
    await dashboard.open();
    // The chip sits in the closed settings menu: present, not shown.
    const chip = (factor: number) =>
      page.getByRole('button', { name: new RegExp(`^Render cost: .* ×${factor} ·`), includeHidden: true });
    await setVisibility(page, 'hidden');
    await expect(chip(20)).toBeAttached();
    await server.admin.send('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 37 } });
    await setVisibility(page, 'visible');
    // At ×20 the next `current` could be 10 s away: only the return to ×1 (and the resync) brings it this soon.
    await expect(dashboard.target('tool0')).toContainText('37', { timeout: 4000 });
    await expect(chip(1)).toBeAttached();
    await expect(dashboard.linkState).toHaveText('Live');
  });
});
