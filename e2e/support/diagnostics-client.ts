// Reads the page's read-only diagnostics hook (src/app/diagnostics.ts) from Playwright.
import type { Page } from '@playwright/test';
import type { Diagnostics, SeriesSnapshot, SocketSnapshot } from '../../src/app/diagnostics.ts';

type Win = { __octoprintLiveDiagnostics?: Diagnostics };

export function pageSeries(page: Page): Promise<SeriesSnapshot> {
  return page.evaluate(() => {
    const d = (window as unknown as Win).__octoprintLiveDiagnostics;
    if (!d) throw new Error('diagnostics hook missing: open the page with ?diagnostics=1');
    return d.series();
  });
}

export function pageSocket(page: Page): Promise<SocketSnapshot> {
  return page.evaluate(() => {
    const d = (window as unknown as Win).__octoprintLiveDiagnostics;
    if (!d) throw new Error('diagnostics hook missing: open the page with ?diagnostics=1');
    return d.socket();
  });
}

export function pageStore(page: Page): Promise<ReturnType<Diagnostics['store']>> {
  return page.evaluate(() => {
    const d = (window as unknown as Win).__octoprintLiveDiagnostics;
    if (!d) throw new Error('diagnostics hook missing: open the page with ?diagnostics=1');
    return d.store();
  });
}
