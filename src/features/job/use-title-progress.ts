// Puts print progress in the tab title ("42 % · benchy.gcode" in the page's language), so it shows from another tab.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { formatPercent } from '../../shared/format.ts';
import { languageStore, t } from '../../shared/i18n.ts';
import { useServerSettings } from '../../store/services.tsx';

const APP_TITLE = 'OctoPrint Live';

export function useTitleProgress(completion: number | null, fileName: string | null, state: string): void {
  const pct = completion == null ? null : Math.floor(completion);
  const active = state === 'Printing' || state === 'Paused' || state === 'Pausing' || state === 'Finishing';
  // OctoPrint's appearance.name names the tab, so several printers' tabs can be told apart.
  const name = useServerSettings((s) => s.name);
  // A new language words the title again, though nothing else about the print changed.
  const locale = useStore(languageStore, (s) => s.active);
  const BASE_TITLE = name ? `${name} — ${APP_TITLE}` : APP_TITLE;
  useEffect(() => {
    if (!active || pct === null) {
      document.title = BASE_TITLE;
      return;
    }
    const percent = formatPercent(pct / 100);
    const values = { percent, file: fileName ?? '', base: BASE_TITLE };
    document.title = state === 'Paused' ? t('title.paused', values) : t('title.printing', values);
  }, [active, pct, fileName, state, BASE_TITLE, locale]);
}
