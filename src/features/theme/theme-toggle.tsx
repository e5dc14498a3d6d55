// Theme choice (system, light, dark): applied as data-theme on <html>, remembered in the preferences store.
import { useEffect } from 'react';
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
      Theme{' '}
      <select value={theme} onChange={(e) => preferences.setState({ theme: e.target.value as ThemeChoice })}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
