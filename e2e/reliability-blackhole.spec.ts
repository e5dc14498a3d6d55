// Silent death: a connection that stays open but delivers nothing (not even SockJS heartbeats) is declared
// dead by the liveness watchdog within its timeout and reopened. The fast variant shortens the watchdog with the
// page's test knob (livenessTimeout, only with the test switch ?test); the soak run also checks the real 35 s default.
import { expect, test } from './fixtures.ts';
import { liveSessions, openWithDiagnostics } from './support/diagnostics.ts';
import { recordFigures } from './support/figures.ts';
import { SOAK } from './support/reliability-params.ts';
import { pageSocket } from './support/test-api.ts';

const variants = SOAK ? [3_000, 35_000] : [3_000];

for (const livenessMs of variants) {
  test(`a blackholed link is detected within the ${livenessMs / 1000} s liveness timeout and reopened`, async ({
    dashboard,
    octoprint,
    page,
  }) => {
    test.setTimeout(livenessMs + 30_000);
    const knobs = livenessMs === 35_000 ? {} : { livenessTimeout: livenessMs };
    await openWithDiagnostics(dashboard, knobs);
    const [session] = liveSessions(octoprint);
    expect(session).toBeDefined();
    const before = await pageSocket(page);
    const silencedAt = Date.now();
    octoprint.scenario('blackhole');
    // Detected: the page drops the socket by itself (the server never closed it) and schedules a reconnect...
    await expect
      .poll(async () => (await pageSocket(page)).stats.reconnects ?? 0, {
        timeout: livenessMs + 5_000,
        intervals: [100],
      })
      .toBeGreaterThan(before.stats.reconnects ?? 0);
    const detectedMs = Date.now() - silencedAt;
    // ...and reopened on a new socket, back to live data.
    await expect(dashboard.linkState).toHaveText('Live', { timeout: 15_000 });
    const reopenedMs = Date.now() - silencedAt;
    expect(liveSessions(octoprint).some((s) => s !== session)).toBe(true);
    // Not before the timeout (that would be a false alarm), and not much after (a frozen page).
    expect(detectedMs).toBeGreaterThanOrEqual(livenessMs - 1_000);
    expect(detectedMs).toBeLessThanOrEqual(livenessMs + 3_000);
    recordFigures(`blackhole-${livenessMs / 1000}s`, {
      livenessTimeoutMs: livenessMs,
      detectedAfterMs: detectedMs,
      liveAgainAfterMs: reopenedMs,
    });
  });
}
