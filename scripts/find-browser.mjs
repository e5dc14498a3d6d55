// Finds a Chromium for Playwright: its own download if present, else a system Chromium or Chrome.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Returns an executable path, or null for "Playwright's own", or undefined when none exists. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return null;
  } catch {
    // Playwright's registry knows no browser for this platform: fall through to the system ones.
  }
  return SYSTEM.find((p) => existsSync(p));
}
