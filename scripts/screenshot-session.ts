// What the screenshot scripts share: the built app on a mock printer at real speed, its scenario control, a Chromium,
// the printer heated and printing, and one close for all of it.
import { chromium, type Browser } from '@playwright/test';
import { startStack } from '../e2e/support/stack.ts';
import { findChromium } from './find-browser.mjs';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Playwright's Chromium if installed, else the system's (find-browser.mjs), without sandbox or GPU. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });

export interface ScreenshotSession {
  baseURL: string;
  browser: Browser;
  /** Runs one of the mock's scenarios (POST /mock/scenario). */
  post(name: string, params?: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

export async function openSession(): Promise<ScreenshotSession> {
  const stack = await startStack({ env: { MOCK_SPEED: '1' } });
  const browser = await launchChromium();
  return {
    baseURL: stack.baseURL,
    browser,
    post: (name, params = {}) =>
      fetch(`${stack.baseURL}/mock/scenario`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, ...params }),
      }),
    close: async () => {
      await browser.close();
      await stack.close();
    },
  };
}

/** Heats the hotend to 210 and the bed to 60, lets them climb for `heatMs`, then prints and waits `settleMs` into it. */
export async function heatAndPrint(
  s: ScreenshotSession,
  { heatMs, printSeconds, settleMs }: { heatMs: number; printSeconds: number; settleMs: number },
): Promise<void> {
  await s.post('target', { heater: 'tool0', target: 210 });
  await s.post('target', { heater: 'bed', target: 60 });
  await sleep(heatMs);
  await s.post('print', { seconds: printSeconds });
  await sleep(settleMs);
}
