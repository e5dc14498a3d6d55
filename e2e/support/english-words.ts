// The English words a translated page must not show (from the English catalog), and the words a page shows.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

type Catalog = Record<string, string>;
export const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(new URL(`../../src/shared/messages/${locale}.json`, import.meta.url), 'utf8')) as Catalog;
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
export function englishOnly(locale: string): Set<string> {
  const own = words(catalog(locale));
  return new Set([...words(en)].filter((w) => !own.has(w) && !SAME_EVERYWHERE.includes(w)));
}

/** What a person (or a screen reader) meets on the page: visible text, and the names and hints of elements. */
export async function pageWords(page: Page): Promise<string[]> {
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
