import { readdirSync, readFileSync } from 'node:fs';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCatalog } from '../../scripts/compile-messages.ts';
import { formatDuration, formatTemperature } from './format.ts';
import { activateLocale, chooseLocale, detectLocale, languageStore, LOCALES, startLanguage, t } from './i18n.ts';
import en from './messages/en.json';
import type { KeyValueStorage } from './persist.ts';

const dir = new URL('./messages/', import.meta.url);
const catalogs = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Record<string, string>,
    ]),
);

/** The {names} a message interpolates (plural arguments included), sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)) names.add(m[1] as string);
  return [...names].sort();
}

/** The plural categories each language has (CLDR, through Intl). */
const categories = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];

describe('message catalogs', () => {
  it('has one catalog per offered language, and nothing else', () => {
    expect(Object.keys(catalogs).sort()).toEqual(Object.keys(LOCALES).sort());
  });

  for (const [locale, messages] of Object.entries(catalogs)) {
    it(`${locale}: has every English key, no other, each with the same placeholders`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [id, source] of Object.entries(en)) {
        expect({ id, names: placeholders(messages[id] ?? '') }).toEqual({ id, names: placeholders(source) });
      }
    });

    it(`${locale}: every message compiles, and its plurals use only the language's own categories`, () => {
      expect(() => compileCatalog(messages)).not.toThrow();
      const allowed = categories(locale);
      for (const [id, message] of Object.entries(messages)) {
        expect(message.trim(), id).not.toBe('');
        for (const m of message.matchAll(/\{\s*\w+\s*,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*)\}/g)) {
          const used = [...(m[1] as string).matchAll(/(=\d+|\w+)\s*\{/g)].map((c) => c[1] as string);
          expect(used, id).toContain('other');
          for (const c of used) if (!c.startsWith('=')) expect(allowed, `${id}: ${c}`).toContain(c);
        }
      }
    });
  }

  it('compiles to the form the runtime reads (no ICU parser in the bundle)', () => {
    expect(compileMessage('{count, plural, one {# item} other {# items}}')).toEqual([
      ['count', 'plural', { one: ['#', ' item'], other: ['#', ' items'] }],
    ]);
  });
});

describe('the active language', () => {
  afterEach(() => activateLocale('en'));

  it('picks the first browser language it speaks', () => {
    expect(detectLocale(['nl-NL', 'de-AT', 'en'])).toBe('de');
    expect(detectLocale(['zh-Hans-CN'])).toBe('zh-CN');
    expect(detectLocale(['zh-TW', 'fr-CA'])).toBe('fr');
    expect(detectLocale(['pt-BR'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });

  it('loads a catalog on demand and formats plurals, numbers and durations for it', async () => {
    expect(t('files.items', { count: 1 })).toBe('1 item');
    await activateLocale('de');
    expect(t('files.items', { count: 1 })).toBe('1 Eintrag');
    expect(t('files.items', { count: 3 })).toBe('3 Einträge');
    expect(t('jobControls.pause')).toBe('Pausieren');
    expect(formatTemperature(201.5)).toBe('201,5 °C');
    await activateLocale('fr');
    expect(t('alerts.bad', { count: 0 })).toBe('0 message erroné ignoré');
    expect(t('alerts.bad', { count: 2 })).toBe('2 messages erronés ignorés');
    await activateLocale('zh-CN');
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe('3 小时 05 分');
    expect(t('files.items', { count: 1 })).toBe('1 项');
  });

  it('remembers the choice per device and falls back to the browser language for a bad stored value', async () => {
    const data = new Map<string, string>([['dashboard.language', '"es"']]);
    const storage: KeyValueStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    await startLanguage(storage);
    expect(t('jobControls.resume')).toBe('Reanudar');
    await chooseLocale('fr');
    expect(data.get('dashboard.language')).toBe('"fr"');
    data.set('dashboard.language', '"<script>"');
    await startLanguage(storage);
    expect(languageStore.getState()).toEqual({ chosen: null, active: detectLocale() });
  });
});
