// A tab put in the background the way Chrome treats a long-hidden one: the page sees itself hidden
// (visibilitychange), gets the web-lifecycle `freeze` (CDP Page.setWebLifecycleState), and its main thread stops while
// the network keeps receiving. Headless Chromium does not stop a visible page's tasks on `frozen` alone (measured: its
// timers kept ticking), so the debugger pauses the main thread for the hidden period; startTaskClock proves the stop.
import type { CDPSession, Page } from '@playwright/test';

/**
 * Headless Chromium keeps every page visible, so visibility is reported by the page's own document, as a background
 * tab's would be; rAF keeps running here, which only makes the tests harder on the page, not easier. Before goto.
 */
export async function emulateVisibility(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    (window as unknown as { __setVisibility: (s: DocumentVisibilityState) => void }).__setVisibility = (s) => {
      state = s;
      document.dispatchEvent(new Event('visibilitychange'));
    };
  });
}

/** Reports the page hidden or visible (after emulateVisibility). */
export async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((s) => (window as unknown as { __setVisibility: (v: string) => void }).__setVisibility(s), state);
}

export class BackgroundTab {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<BackgroundTab> {
    await emulateVisibility(page);
    return new BackgroundTab(page, await page.context().newCDPSession(page));
  }

  async hide(): Promise<void> {
    await setVisibility(this.page, 'hidden');
    await this.cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await this.cdp.send('Debugger.enable');
    await this.cdp.send('Debugger.pause');
  }

  async show(): Promise<void> {
    await this.cdp.send('Debugger.resume');
    await this.cdp.send('Debugger.disable');
    await this.cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await setVisibility(this.page, 'visible');
  }
}

/** Starts recording long tasks (main-thread work over 50 ms); read them with longTasks(). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
}

/** A 100 ms page timer that records its longest gap: proof that the page's tasks really stopped while frozen. */
export async function startTaskClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number };
    let last = Date.now();
    w.__maxGap = 0;
    setInterval(() => {
      const now = Date.now();
      w.__maxGap = Math.max(w.__maxGap, now - last);
      last = now;
    }, 100);
  });
}

export function longestTaskGap(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
}
