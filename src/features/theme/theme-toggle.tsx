// Theme choice (system, light, dark): applied as data-theme on <html>, remembered in the settings store.
import { useEffect } from 'react';
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
      Theme{' '}
      <select value={theme} onChange={(e) => settings.setState({ theme: e.target.value as ThemeChoice })}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
