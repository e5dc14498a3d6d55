// Puts print progress in the tab title ("42% · benchy.gcode"), so it shows from another tab.
import { useEffect } from 'react';
import { useServerSettings } from '../../store/services.tsx';

const APP_TITLE = 'OctoPrint Live';

export function useTitleProgress(completion: number | null, fileName: string | null, state: string): void {
  const pct = completion == null ? null : Math.floor(completion);
  const active = state === 'Printing' || state === 'Paused' || state === 'Pausing' || state === 'Finishing';
  // OctoPrint's appearance.name names the tab, so several printers' tabs can be told apart.
  const name = useServerSettings((s) => s.name);
  const BASE_TITLE = name ? `${name} — ${APP_TITLE}` : APP_TITLE;
  useEffect(() => {
    document.title =
      active && pct !== null
        ? `${pct}% ${state === 'Paused' ? '(paused) ' : ''}· ${fileName ?? ''} — ${BASE_TITLE}`
        : BASE_TITLE;
  }, [active, pct, fileName, state, BASE_TITLE]);
}
