// Farm support: a farm printer's truth and card, and the farm's servers saved in the page before it loads (the `farm`
// fixture in e2e/fixtures.ts).
import type { Page } from '@playwright/test';
import type { Farm, FarmPrinter } from '../../mock/farm.ts';
import { serverId } from '../../src/store/servers-store.ts';

export interface FarmTruth {
  state: string;
  tempsByHeater: Record<string, [number, number | null, number | null][]>;
  job: { file: string | null; progress: { completion: number | null; printTimeLeft: number | null } };
}

export async function farmTruth(p: FarmPrinter): Promise<FarmTruth> {
  return (await (await fetch(`${p.mock.url}/mock/truth`)).json()) as FarmTruth;
}

/** The card of a farm printer, found by its saved server id. */
export const cardOf = (page: Page, p: FarmPrinter) => page.locator(`[data-server-id="${serverId(p.mock.url)}"]`);

/** Saves the farm's servers (keys remembered) in the page's storage before its scripts run, on the first load only. */
export async function saveFarmServers(page: Page, farm: Farm): Promise<void> {
  const servers = farm.printers.map((p) => ({
    id: serverId(p.mock.url),
    name: p.name,
    url: p.mock.url,
    apiKey: p.apiKey,
    remember: true,
    lastUsed: 0,
  }));
  await page.addInitScript((json) => {
    if (!localStorage.getItem('octoprint-live:servers')) localStorage.setItem('octoprint-live:servers', json);
  }, JSON.stringify(servers));
}
