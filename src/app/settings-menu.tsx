// The settings menu at the end of the status bar: theme, server, and the render-cost meter, out of the way of the job.
import { useEffect, useId, useRef, useState } from 'react';
import { FarmLink } from '../features/farm/farm-link.tsx';
import { KioskLink } from '../features/kiosk/kiosk-link.tsx';
import { LanguageMenu } from '../features/language/language-menu.tsx';
import { PerfHud } from '../features/perf-hud/perf-hud.tsx';
import { NotifyToggle } from '../features/print-notify/notify-toggle.tsx';
import { ServerSwitcher } from '../features/server-switcher/server-switcher.tsx';
import { ThemeToggle } from '../features/theme/theme-toggle.tsx';
import { t } from '../shared/i18n.ts';
import { usePerf } from '../store/services.tsx';
import { AppIcon } from './app-icons.tsx';

export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  // The render-cost chip is in the menu; a slowed stream still shows on the closed menu's button.
  const factor = usePerf((s) => s.factor);

  // Closes on Escape and on a click elsewhere, as a menu does.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onDown = (e: PointerEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  return (
    <div className="settings-menu" ref={root}>
      <button
        type="button"
        className="settings-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <AppIcon name="settings" />
        <span className="visually-hidden">{t('settings.label')}</span>
        {factor > 1 ? (
          <span className="throttle-badge">
            <span className="visually-hidden"> {t('settings.slowed', { factor })}</span>
            <span aria-hidden="true">×{factor}</span>
          </span>
        ) : null}
      </button>
      <div className="settings-panel" id={id} role="group" aria-label={t('settings.label')} hidden={!open}>
        <ThemeToggle />
        <LanguageMenu />
        <ServerSwitcher />
        <FarmLink />
        <KioskLink />
        <NotifyToggle />
        <PerfHud shown={open} />
      </div>
    </div>
  );
}
