// Soak: a day of printer time at high mock speed; JS heap (after GC), DOM nodes and chart points over time, for the
// dashboard and, beside it on the same printer, the kiosk layout (/kiosk) a Pi's touch screen shows for days.
import type { Browser } from '@playwright/test';
import { collectGarbage, metrics, openPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';

export interface SoakSample {
  printerHours: number;
  heapMb: number;
  nodes: number;
  points: number;
  kioskHeapMb: number;
  kioskNodes: number;
}

/** Samples every `everyMs` of wall time until `hours` of printer time have passed at mock `speed`. */
export async function measureSoak(
  browser: Browser,
  stack: BenchStack,
  speed: number,
  hours: number,
  everyMs: number,
): Promise<SoakSample[]> {
  const bp = await openPage(browser, stack.baseURL, 1);
  const kiosk = await openPage(browser, stack.baseURL, 1);
  const samples: SoakSample[] = [];
  try {
    const start = Date.now();
    await bp.page.goto(BENCH_PATH);
    await kiosk.page.setViewportSize({ width: 800, height: 480 });
    await kiosk.page.goto('/kiosk?dim=never');
    await waitLive(bp.page);
    await kiosk.page
      .getByTestId('kiosk-state')
      .filter({ hasText: /^Printing$/ })
      .waitFor({ timeout: 30_000 });
    const printerHours = () => ((Date.now() - start) * speed) / 3_600_000;
    const sample = async () => {
      await collectGarbage(bp.cdp);
      const m = await metrics(bp.cdp);
      const d = await probeData(bp.page);
      await collectGarbage(kiosk.cdp);
      const k = await metrics(kiosk.cdp);
      samples.push({
        printerHours: printerHours(),
        heapMb: (m.JSHeapUsedSize ?? 0) / 1048576,
        nodes: m.Nodes ?? 0,
        points: d.points,
        kioskHeapMb: (k.JSHeapUsedSize ?? 0) / 1048576,
        kioskNodes: k.Nodes ?? 0,
      });
    };
    // The first sample at one printer hour: the baseline the growth is measured from.
    await sleep(Math.max(0, 3_600_000 / speed - (Date.now() - start)));
    await sample();
    while (printerHours() < hours) {
      await sleep(Math.min(everyMs, Math.max(0, (hours * 3_600_000) / speed - (Date.now() - start))));
      await sample();
    }
    return samples;
  } finally {
    await bp.close();
    await kiosk.close();
  }
}
