// The language menu in the settings menu: the browser's language or one chosen, remembered on this device.
import { useStore } from 'zustand';
import { chooseLocale, detectLocale, isLocale, languageStore, LOCALES, t } from '../../shared/i18n.ts';
import type { Locale } from '../../shared/i18n.ts';

export function LanguageMenu() {
  const chosen = useStore(languageStore, (s) => s.chosen);
  // Each language is named in itself, and the menu's name keeps the English word beside the translated one
  // (language.menuLabel), so anyone finds it.
  return (
    <label className="theme-toggle">
      {t('language.label')}{' '}
      <select
        aria-label={t('language.menuLabel')}
        value={chosen ?? ''}
        onChange={(e) => void chooseLocale(isLocale(e.target.value) ? e.target.value : null)}
      >
        <option value="">{t('language.browser', { name: LOCALES[detectLocale()] })}</option>
        {(Object.keys(LOCALES) as Locale[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
