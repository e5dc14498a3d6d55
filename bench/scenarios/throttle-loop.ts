// Throttle loop: under 10× CPU slowdown (plus, if that alone stays within budget, the app's render-load knob),
// how long until the page asks OctoPrint for a higher factor, and how long until it returns to 1 afterwards.
import type { Browser } from '@playwright/test';
import { hasTestApi, setRenderLoad, testUrl } from '../../e2e/support/test-api.ts';
import { openPage, setSlowdown } from '../lib/browser.ts';
import { sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';

export interface ThrottleLoopResult {
  /** ms from the slowdown to the first throttle > 1 the mock received; null if none within the wait. */
  raiseMs: number | null;
  /** Extra ms of work per update added through the render-load knob (0 when the slowdown alone raised the factor). */
  renderLoadMs: number;
  /** The highest factor reached. */
  maxFactor: number;
  /** ms from removing the load to the factor being 1 again; null if not within the wait. */
  returnMs: number | null;
  /** False when the page has no throttle loop (no test hook): then nothing here was measured. */
  supported: boolean;
}

type Throttle = { at: number; factor: number };

async function throttles(stack: BenchStack): Promise<Throttle[]> {
  return ((await stack.truth()).throttles ?? []) as Throttle[];
}

async function waitFor(pred: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await pred()) return true;
    await sleep(200);
  }
  return false;
}

export async function measureThrottleLoop(
  browser: Browser,
  stack: BenchStack,
  slowdown: number,
  opts = { plainWaitMs: 15_000, loadMs: 150, waitMs: 40_000 },
): Promise<ThrottleLoopResult> {
  const bp = await openPage(browser, stack.baseURL, 1);
  const { page, cdp } = bp;
  try {
    await page.goto(testUrl({ renderLoad: 0 }));
    await waitLive(page);
    const supported = await hasTestApi(page);
    const seen = (await throttles(stack)).length;
    const after = async () => (await throttles(stack)).slice(seen);
    const raised = async () => (await after()).some((t) => t.factor > 1);
    let renderLoadMs = 0;
    let start = Date.now();
    await setSlowdown(cdp, slowdown);
    let ok = await waitFor(raised, opts.plainWaitMs);
    if (!ok && supported) {
      renderLoadMs = opts.loadMs;
      start = Date.now();
      await setRenderLoad(page, renderLoadMs);
      ok = await waitFor(raised, opts.waitMs);
    }
    const list = await after();
    const first = list.find((t) => t.factor > 1);
    const raiseMs = ok && first ? first.at - start : null;
    const maxFactor = Math.max(1, ...list.map((t) => t.factor));
    await setSlowdown(cdp, 1);
    if (renderLoadMs) await setRenderLoad(page, 0);
    const released = Date.now();
    let returnMs: number | null = null;
    if (ok) {
      const back = await waitFor(async () => (await after()).at(-1)?.factor === 1, opts.waitMs);
      const last = (await after()).at(-1);
      if (back && last) returnMs = last.at - released;
    }
    return { raiseMs, renderLoadMs, maxFactor, returnMs, supported };
  } finally {
    await bp.close();
  }
}
