// The app's PNG icons, rendered from public/favicon.svg in Chromium: `node scripts/make-icons.mjs` (npm run icons).
// 192 and 512 px as they are ("any"), and maskable ones where the mark sits in the middle 80 % (the safe zone a
// launcher may crop to a circle) on the brand colour edge to edge. Same SVG and browser, same pixels.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.mjs';

const BRAND = '#1f6feb';
const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const mark = svg.match(/<path[^>]*\/>/)?.[0];
if (!mark) throw new Error('public/favicon.svg has no <path/>');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><g transform="translate(3.2 3.2) scale(0.8)">${mark}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'maskable-192.png', size: 192, svg: maskable },
  { file: 'maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const out = new URL(`../public/icons/${icon.file}`, import.meta.url);
    await page.screenshot({ path: out.pathname, omitBackground: true });
    await page.close();
    console.log(`saved public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
