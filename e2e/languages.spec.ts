// The dashboard in each language: the browser's language picks the catalog, no English word from the English
// catalog shows anywhere (text, aria labels, titles, placeholders), and the Language menu switches and remembers.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

type Catalog = Record<string, string>;
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(new URL(`../src/shared/messages/${locale}.json`, import.meta.url), 'utf8')) as Catalog;
const en = catalog('en');

/** Words of four letters or more in a catalog's messages, placeholders and plural syntax left out, lower case. */
function words(messages: Catalog): Set<string> {
  const out = new Set<string>();
  for (const text of Object.values(messages)) {
    const plain = text.replace(/\{\s*\w+\s*(,[^{}]*)?\}/g, ' ').replace(/\b(plural|one|other)\b/g, ' ');
    for (const w of plain.match(/\p{L}{4,}/gu) ?? []) out.add(w.toLowerCase());
  }
  return out;
}

/**
 * English words a translated page must not show: every word of the English catalog except proper names and
 * technical terms that read the same everywhere, and words the target language's own catalog uses too (loanwords
 * such as "Webcam", "Filament" or "Terminal" in German).
 */
const SAME_EVERYWHERE = ['octoprint', 'live', 'json', 'gcode', 'language', 'plugin', 'hash', 'config', 'version'];
function englishOnly(locale: string): Set<string> {
  const own = words(catalog(locale));
  return new Set([...words(en)].filter((w) => !own.has(w) && !SAME_EVERYWHERE.includes(w)));
}

/** What a person (or a screen reader) meets on the page: visible text, and the names and hints of elements. */
async function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label],[title],[placeholder],[alt]')) {
      if (el.closest('[hidden]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(a) ?? '');
    }
    // What the server sends is shown as it is: file names and the printer profiles' names are not the page's words.
    let text = parts.join('\n');
    const served = '.file .name, [data-testid="job-file"], .presets button, .kiosk-file';
    for (const el of document.querySelectorAll<HTMLElement>(served)) text = text.split(el.innerText).join(' ');
    return text.match(/\p{L}{4,}/gu) ?? [];
  });
}

const LANGUAGES = [
  { locale: 'de', browser: 'de-DE', live: 'Live', print: 'Drucken' },
  { locale: 'fr', browser: 'fr-FR', live: 'En direct', print: 'Imprimer' },
  { locale: 'es', browser: 'es-ES', live: 'En directo', print: 'Imprimir' },
  { locale: 'zh-CN', browser: 'zh-CN', live: '实时', print: '打印' },
] as const;

for (const lang of LANGUAGES) {
  test.describe(`in ${lang.locale}`, () => {
    test.use({ locale: lang.browser });

    test(`the dashboard shows no English word (browser language ${lang.browser})`, async ({ page, dashboard }) => {
      void dashboard;
      const messages = catalog(lang.locale);
      await page.goto('/');
      await expect(page.getByTestId('link-state')).toHaveText(lang.live);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      // The panels below the first screen load in their own chunks: wait for the last of them.
      await expect(page.getByRole('button', { name: messages['terminal.open'] })).toBeVisible();
      await expect(page.getByRole('button', { name: lang.print, exact: true })).toBeVisible();
      const english = englishOnly(lang.locale);
      const found = (await pageWords(page)).filter((w) => english.has(w.toLowerCase()));
      expect([...new Set(found)]).toEqual([]);
    });
  });
}

test.describe('the kiosk in de', () => {
  test.use({ locale: 'de-DE' });

  test('shows no English word idle, printing or asking', async ({ page, dashboard, mock }) => {
    void dashboard;
    const english = englishOnly('de');
    const englishShown = async () => [...new Set((await pageWords(page)).filter((w) => english.has(w.toLowerCase())))];
    await page.goto('/kiosk?dim=never');
    await expect(page.getByTestId('kiosk-state')).toHaveText('Betriebsbereit');
    await expect(page.getByRole('button', { name: 'Abkühlen' })).toBeEnabled();
    expect(await englishShown()).toEqual([]);

    await mock.scenario('print', { seconds: 600 });
    await expect(page.getByTestId('kiosk-state')).toHaveText('Druckt');
    await expect(page.getByRole('progressbar', { name: 'Druckfortschritt' })).toBeVisible();
    expect(await englishShown()).toEqual([]);

    await page.getByRole('button', { name: 'Pausieren' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Druck pausieren?' })).toBeVisible();
    expect(await englishShown()).toEqual([]);
    await page.getByRole('button', { name: 'Nein, weiterdrucken' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/kiosk-de.png' });
  });
});

test('the Language menu switches the page and is remembered on this device', async ({ page, dashboard }) => {
  await dashboard.open();
  await dashboard.openSettings();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  await expect(page.getByRole('button', { name: 'Terminal öffnen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Drucken', exact: true })).toBeVisible();
  // The menu keeps its English name beside the translated one, so anyone finds the way back.
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByRole('combobox', { name: /Language/ }).selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'Open terminal' })).toBeVisible();
});
