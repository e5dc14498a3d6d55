// Theme choice (system, light, dark): applied as data-theme on <html>, remembered in the settings store.
import { useEffect } from 'react';
import { t } from '../../shared/i18n.ts';
import { useServices, useSettings } from '../../store/services.tsx';
import type { ThemeChoice } from '../../store/settings-store.ts';

export function ThemeToggle() {
  const { settings } = useServices();
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="theme-toggle">
      {t('theme.label')}{' '}
      <select value={theme} onChange={(e) => settings.setState({ theme: e.target.value as ThemeChoice })}>
        <option value="system">{t('theme.system')}</option>
        <option value="light">{t('theme.light')}</option>
        <option value="dark">{t('theme.dark')}</option>
      </select>
    </label>
  );
}
