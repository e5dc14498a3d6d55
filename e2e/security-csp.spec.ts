// CSP: the built app ships a strict Content-Security-Policy (no inline script, no eval) that the app itself
// never violates while it runs: live data, chart, notifications, a prompt and the connect screen.
import { expect, test } from './fixtures.ts';
import { openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';

type Win = { __cspViolations: string[] };

test.beforeEach(async ({ page }) => {
  // Init scripts run through DevTools, outside the page's CSP: a recorder of every violation report.
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
});

test('the built page carries a strict policy in a meta tag and a header', async ({ page, request }) => {
  const res = await request.get('/');
  const header = res.headers()['content-security-policy'] ?? '';
  const html = await res.text();
  for (const policy of [
    header,
    html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replace(/&#39;/g, "'") ?? '',
  ]) {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|'wasm-unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/connect-src [^;]*ws:/);
  }
  expect(header).toContain("frame-ancestors 'self'");
  await page.goto('/');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
});

test('the running app causes no violation; eval and injected inline script are refused', async ({
  dashboard,
  octoprint,
  page,
}) => {
  await openWithDiagnostics(dashboard);
  octoprint.scenario('notify', { message: 'CSP check' });
  octoprint.scenario('prompt', { text: 'Continue?', choices: ['Yes', 'No'] });
  await expect(dashboard.prompt).toBeVisible();
  await expect.poll(() => dashboard.chartPoints()).toBeGreaterThan(0);
  await dashboard.setTarget('Bed', 50);
  await expect(dashboard.target('bed')).toHaveText('50.0 °C');
  expect(await page.evaluate(() => (window as unknown as Win).__cspViolations)).toEqual([]);

  // DevTools evaluation is exempt from the eval check by default; allowUnsafeEvalBlockedByCSP: false puts it back.
  const cdp = await page.context().newCDPSession(page);
  const probe = `(() => {
    const out = {};
    try { (0, eval)('1 + 1'); out.eval = 'ran'; } catch { out.eval = 'refused'; }
    try { new Function('return 1')(); out.fn = 'ran'; } catch { out.fn = 'refused'; }
    const s = document.createElement('script');
    s.textContent = "window.__inlineRan = 'yes'";
    document.body.append(s);
    out.inline = window.__inlineRan ?? 'refused';
    return out;
  })()`;
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: probe,
    returnByValue: true,
    allowUnsafeEvalBlockedByCSP: false,
  });
  const refused: unknown = result.value;
  expect(refused).toEqual({ eval: 'refused', fn: 'refused', inline: 'refused' });
  recordFigures('csp', { appViolations: 0, evalRefused: true, inlineScriptRefused: true });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Win).__cspViolations.join('|')))
    .toMatch(/script-src/);
});
