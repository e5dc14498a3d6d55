// Controls under faults: a double click during a slow REST call sends one command; a refused or failed
// call shows the failure, leaves the displayed target as the printer reports it (no optimistic value), and the control
// usable again.
import type { Page } from '@playwright/test';
import type { MockServer } from '../mock/server.ts';
import { expect, test } from './fixtures.ts';
import { openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';

/** Target commands the virtual printer received (it logs each one as the firmware line). */
function sent(octoprint: MockServer, gcode: string): number {
  return octoprint.printer.logs.filter((l) => l === `Send: ${gcode}`).length;
}

function bedControls(page: Page) {
  const group = page.getByRole('group', { name: 'Bed controls' });
  return {
    input: group.getByRole('spinbutton', { name: 'Bed new target' }),
    set: group.getByRole('button', { name: 'Set', exact: true }),
    status: group.getByRole('status', { name: 'Bed target status' }),
  };
}

test('a double click during a slow REST call sends one command', async ({ dashboard, octoprint, page }) => {
  await openWithDiagnostics(dashboard);
  octoprint.scenario('slow-rest', { ms: 1500 });
  const bed = bedControls(page);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/printer/bed')) requests.push(r.method());
  });
  await bed.input.fill('41');
  await bed.set.dblclick();
  await expect(bed.status).toHaveText('Sending…');
  // A third press while the first is still in flight: the button is disabled, the press goes nowhere.
  await bed.set.click({ force: true, timeout: 1000 }).catch(() => undefined);
  await expect(dashboard.target('bed')).toHaveText('41.0 °C', { timeout: 10_000 });
  await expect(bed.status).toHaveText('Done');
  expect(requests).toEqual(['POST']);
  expect(sent(octoprint, 'M140 S41')).toBe(1);
  await expect(bed.set).toBeEnabled();
  recordFigures('controls', { clicksDuringSlowCall: 3, commandsSent: sent(octoprint, 'M140 S41'), slowRestMs: 1500 });
});

test("a refused or failed call shows the failure, keeps the printer's target, and leaves the control usable", async ({
  dashboard,
  octoprint,
  page,
}) => {
  await openWithDiagnostics(dashboard);
  octoprint.scenario('target', { heater: 'bed', target: 30 });
  await expect(dashboard.target('bed')).toHaveText('30.0 °C');
  const bed = bedControls(page);
  // The server refuses (OctoPrint's 409), then the network fails outright.
  await page.route(
    '**/api/printer/bed',
    (route) =>
      route.fulfill({ status: 409, contentType: 'application/json', body: '{"error":"Printer is not operational"}' }),
    { times: 1 },
  );
  await bed.input.fill('55');
  await bed.set.click();
  await expect(bed.status).toContainText('Failed');
  await expect(dashboard.target('bed')).toHaveText('30.0 °C');
  await page.route('**/api/printer/bed', (route) => route.abort('connectionrefused'), { times: 1 });
  await bed.input.fill('56');
  await bed.set.click();
  await expect(bed.status).toContainText('Failed');
  await expect(dashboard.target('bed')).toHaveText('30.0 °C');
  expect(sent(octoprint, 'M140 S55') + sent(octoprint, 'M140 S56')).toBe(0);
  // Usable again: the next call goes through and clears the failure.
  await expect(bed.set).toBeEnabled();
  await bed.input.fill('57');
  await bed.set.click();
  await expect(dashboard.target('bed')).toHaveText('57.0 °C');
  await expect(bed.status).toHaveText('Done');
});
