// Issue 11, controls under faults: a double click or a slow REST call sends one command; a failed call shows an
// error, leaves the displayed target as the printer reports it, and the control usable again.
import type { MockServer } from '../mock/server.ts';
import { recordFigures } from './support/figures.ts';
import { expect, openWithDiagnostics, test } from './support/reliability-fixtures.ts';

/** Target commands the virtual printer received for a heater and value (it logs each one as the firmware line). */
function sent(octoprint: MockServer, gcode: string): number {
  return octoprint.printer.logs.filter((l) => l === `Send: ${gcode}`).length;
}

test('a double click during a slow REST call sends one command', async ({ dashboard, octoprint, page }) => {
  await openWithDiagnostics(dashboard);
  octoprint.scenario('slow-rest', { ms: 1500 });
  const row = page.getByRole('row', { name: /^Bed/ });
  await row.getByRole('spinbutton', { name: 'Bed target' }).fill('41');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/printer/bed')) requests.push(r.method());
  });
  await row.getByRole('button', { name: 'Set' }).dblclick();
  // A third press while the first is still in flight.
  await row.getByRole('button', { name: 'Set' }).click({ force: true, timeout: 1000 }).catch(() => undefined);
  await expect(dashboard.target('bed')).toHaveText('41.0 °C', { timeout: 10_000 });
  expect(requests).toEqual(['POST']);
  expect(sent(octoprint, 'M140 S41')).toBe(1);
  await expect(row.getByRole('button', { name: 'Set' })).toBeEnabled();
  recordFigures('controls', { clicksDuringSlowCall: 3, commandsSent: sent(octoprint, 'M140 S41'), slowRestMs: 1500 });
});

test('a refused call shows the error, keeps the real target and the control usable', async ({ dashboard, octoprint, page }) => {
  await openWithDiagnostics(dashboard);
  octoprint.scenario('target', { heater: 'bed', target: 30 });
  await expect(dashboard.target('bed')).toHaveText('30.0 °C');
  const row = page.getByRole('row', { name: /^Bed/ });
  // The server refuses (409 from a real mock state), then the network fails outright.
  await page.route('**/api/printer/bed', (route) => route.fulfill({ status: 409, contentType: 'application/json', body: '{"error":"Printer is not operational"}' }), { times: 1 });
  await row.getByRole('spinbutton', { name: 'Bed target' }).fill('55');
  await row.getByRole('button', { name: 'Set' }).click();
  await expect(row.getByRole('alert')).toBeVisible();
  await expect(dashboard.target('bed')).toHaveText('30.0 °C');
  await page.route('**/api/printer/bed', (route) => route.abort('connectionrefused'), { times: 1 });
  await row.getByRole('spinbutton', { name: 'Bed target' }).fill('56');
  await row.getByRole('button', { name: 'Set' }).click();
  await expect(row.getByRole('alert')).toBeVisible();
  await expect(dashboard.target('bed')).toHaveText('30.0 °C');
  expect(sent(octoprint, 'M140 S55') + sent(octoprint, 'M140 S56')).toBe(0);
  // Usable again: the next call goes through.
  await expect(row.getByRole('button', { name: 'Set' })).toBeEnabled();
  await row.getByRole('spinbutton', { name: 'Bed target' }).fill('57');
  await row.getByRole('button', { name: 'Set' }).click();
  await expect(dashboard.target('bed')).toHaveText('57.0 °C');
  await expect(row.getByRole('alert')).toHaveCount(0);
});
