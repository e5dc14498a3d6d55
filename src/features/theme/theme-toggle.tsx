// Theme choice (system, light, dark): applied as data-theme on <html>, remembered in the preferences store.
import { useEffect } from 'react';
import { t } from '../../shared/i18n.ts';
import type { ThemeChoice } from '../../store/preferences-store.ts';
import { useServices, usePreferences } from '../../store/services.tsx';
import { SelectField } from '../../ui/select-field.tsx';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeToggle() {
  const { preferences } = useServices();
  const theme = usePreferences((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return (
    <SelectField
      className="theme-toggle"
      label={t('theme.label')}
      value={theme}
      choices={THEMES.map((v) => ({ value: v, label: t(`theme.${v}`) }))}
      onChange={(v) => preferences.setState({ theme: v })}
    />
  );
}
