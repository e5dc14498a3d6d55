// Theme choice (system, light, dark): applied as data-theme on <html>, remembered in the preferences store.
import { useEffect } from 'react';
import { t } from '../../shared/i18n.ts';
import type { ThemeChoice } from '../../store/preferences-store.ts';
import { useServices, usePreferences } from '../../store/services.tsx';

export function ThemeToggle() {
  const { preferences } = useServices();
  const theme = usePreferences((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="theme-toggle">
      {t('theme.label')}{' '}
      <select value={theme} onChange={(e) => preferences.setState({ theme: e.target.value as ThemeChoice })}>
        <option value="system">{t('theme.system')}</option>
        <option value="light">{t('theme.light')}</option>
        <option value="dark">{t('theme.dark')}</option>
      </select>
    </label>
  );
}
