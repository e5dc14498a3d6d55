// A network blip on the farm: every printer unreachable for a second at once. How long until all are live again,
// and how bunched their reconnect attempts were (the most started in any 250 ms).
import type { Farm } from '../../mock/farm.ts';
import type { FarmPage } from './farm-page.ts';

export interface BlipRun {
  /** From the drop to every card live again (ms); null when they were not within 30 s. */
  reconnectMs: number | null;
  /** Attempts started after the drop, and the most started within any 250 ms. */
  attempts: number;
  maxIn250: number;
  downMs: number;
}

/** The most of `times` (ms) that fall within any `span` ms. */
export function mostWithin(times: readonly number[], span: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < t.length; j++) {
    while ((t[j] as number) - (t[i] as number) >= span) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

export async function measureBlip(fp: FarmPage, farm: Farm, downMs = 1000): Promise<BlipRun> {
  const before = (await fp.attempts()).length;
  const t0 = Date.now();
  for (const p of farm.printers) p.mock.scenario('drop', { downMs });
  // Every card first notices the drop, then comes back.
  await fp.bp.page.waitForFunction(
    () => [...document.querySelectorAll('.farm-card [data-testid="link"]')].some((l) => l.textContent !== 'Live'),
    undefined,
    { timeout: 10_000, polling: 20 },
  );
  let reconnectMs: number | null;
  try {
    await fp.allLive(30_000);
    reconnectMs = Date.now() - t0;
  } catch {
    reconnectMs = null;
  }
  const after = (await fp.attempts()).slice(before);
  return { reconnectMs, attempts: after.length, maxIn250: mostWithin(after, 250), downMs };
}
