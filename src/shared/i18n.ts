// The dashboard's language: ICU messages through Lingui (plurals per language), English built in, the other
// catalogs loaded on demand, the browser's language by default and the user's choice remembered per device.
import { i18n } from '@lingui/core';
import type { Messages } from '@lingui/core';
import { createStore } from 'zustand/vanilla';
import en from './messages/en.json' with { type: 'json' };
import { browserStorage, loadJson, persistPart } from './persist.ts';
import type { KeyValueStorage } from './persist.ts';

/** Every message id: the English catalog is the source; the others must have the same keys (i18n.test.ts). */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number>;

/** The languages offered, each named in itself (a reader who cannot read the current one still finds theirs). */
export const LOCALES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'zh-CN': '简体中文',
} as const;
export type Locale = keyof typeof LOCALES;
export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && Object.hasOwn(LOCALES, v);

// Each other language is its own chunk; the build compiles the ICU strings (scripts/compile-messages.ts).
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('./messages/de.json'),
  fr: () => import('./messages/fr.json'),
  es: () => import('./messages/es.json'),
  'zh-CN': () => import('./messages/zh-CN.json'),
};

i18n.load('en', en as unknown as Messages);
i18n.activate('en');
const loaded = new Set<Locale>(['en']);

/** The message `id` in the active language, with ICU `values` ({count, plural, ...}, {name}). */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}

/**
 * The English text of a plain message (no placeholders): what the server itself sends for words the dashboard
 * translates. A build compiles the catalog, and a plain message compiles to the list of its text parts.
 */
export function englishLabel(id: MessageId): string {
  const m = en[id] as unknown;
  if (typeof m === 'string') return m;
  return Array.isArray(m) && m.every((part) => typeof part === 'string') ? m.join('') : '';
}

/**
 * Text kept for later (a toast, a feed line, a notice): a string shown as it is (the server's words), or a function
 * that words it in the language active when it is shown, so a language change re-words it.
 */
export type Words = string | (() => string);

/** Words as text in the active language. */
export const say = (w: Words): string => (typeof w === 'function' ? w() : w);

/**
 * Sets `key` on `target` to text that is worded when read, in the language active then (once per language): a line
 * already on screen follows a language change. A plain string (the server's own words) is set as it is.
 */
export function setWorded<T extends object>(target: T, key: string, words: Words): void {
  if (typeof words === 'string') {
    Object.defineProperty(target, key, { value: words, enumerable: true });
    return;
  }
  let locale: string | null = null;
  let text = '';
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      const now = currentLocale();
      if (now !== locale) {
        locale = now;
        text = words();
      }
      return text;
    },
  });
}

/** The active language's tag, for Intl formatters. */
export function currentLocale(): Locale {
  return i18n.locale as Locale;
}

/** The first of the browser's languages the dashboard speaks ("de-AT" -> de, "zh-Hans-CN" / "zh" -> zh-CN). */
export function detectLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      // Traditional Chinese readers are not served by a Simplified catalog any better than by English.
      if (/^zh-(hant|tw|hk|mo)/.test(lower)) continue;
      return 'zh-CN';
    }
    const base = lower.split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

const KEY = 'dashboard.language';

interface LanguageState {
  /** What the user chose in the menu; null follows the browser. */
  chosen: Locale | null;
  /** The language showing now (its catalog loaded). */
  active: Locale;
}

export const languageStore = createStore<LanguageState>()(() => ({ chosen: null, active: 'en' }));

/** Loads `locale`'s catalog (once) and makes it the active language; a failed load keeps the current one. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) {
    try {
      const mod = await loaders[locale as Exclude<Locale, 'en'>]();
      i18n.load(locale, mod.default as Messages);
      loaded.add(locale);
    } catch {
      return;
    }
  }
  i18n.activate(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  languageStore.setState({ active: locale });
}

/** The user picks a language (null: the browser's again); it is remembered on this device. */
export function chooseLocale(locale: Locale | null): Promise<void> {
  languageStore.setState({ chosen: locale });
  return activateLocale(locale ?? detectLocale());
}

/** At start: the remembered choice or the browser's language, loaded before the first render. */
export function startLanguage(storage: KeyValueStorage | null = browserStorage()): Promise<void> {
  const stored = loadJson(storage, KEY);
  const chosen = isLocale(stored) ? stored : null;
  languageStore.setState({ chosen });
  persistPart(languageStore, storage, KEY, (s) => s.chosen);
  return activateLocale(chosen ?? detectLocale());
}
