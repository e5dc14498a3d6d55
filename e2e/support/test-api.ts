// The one typed way e2e specs and the bench reach the page's test API (src/app/test-api.ts): the URL that switches it
// on, with its knobs, and a reader per method. A page opened without testUrl() has no API, and each reader says so.
import type { Page } from '@playwright/test';
import type { SeriesSnapshot, SocketSnapshot, TestApi } from '../../src/app/test-api.ts';

export interface TestKnobs {
  /** Extra ms of synchronous work per applied update (the throttle loop's deterministic load). */
  renderLoad?: number;
  /** The socket's liveness watchdog in ms (at least 1000) instead of its 35 s. */
  livenessTimeout?: number;
}

/** The dashboard's URL with the test API switched on (`/?test&renderLoad=…`). */
export function testUrl(knobs: TestKnobs = {}, path = '/'): string {
  const q = new URLSearchParams({ test: '' });
  for (const [k, v] of Object.entries(knobs)) if (v !== undefined) q.set(k, String(v));
  return `${path}?${q.toString().replace('test=', 'test')}`;
}

type Method = 'series' | 'socket' | 'store' | 'costs';

function call<M extends Method>(page: Page, method: M): Promise<ReturnType<TestApi[M]>> {
  return page.evaluate((m) => {
    const api = window.__octoprintLiveTest;
    if (!api) throw new Error('test API missing: open the page with testUrl() (?test)');
    return api[m]() as ReturnType<TestApi[M]>;
  }, method);
}

export const pageSeries = (page: Page): Promise<SeriesSnapshot> => call(page, 'series');
export const pageSocket = (page: Page): Promise<SocketSnapshot> => call(page, 'socket');
export const pageStore = (page: Page): Promise<ReturnType<TestApi['store']>> => call(page, 'store');
/** The render-cost meter's samples (ms per applied update). */
export const pageCosts = (page: Page): Promise<number[]> => call(page, 'costs');

/** Whether the page has the test API (it was opened with testUrl()). */
export const hasTestApi = (page: Page): Promise<boolean> =>
  page.evaluate(() => window.__octoprintLiveTest !== undefined);

/** Changes the render-load knob at run time. */
export function setRenderLoad(page: Page, ms: number): Promise<void> {
  return page.evaluate((v) => {
    const api = window.__octoprintLiveTest;
    if (!api) throw new Error('test API missing: open the page with testUrl() (?test)');
    api.setRenderLoad(v);
  }, ms);
}
