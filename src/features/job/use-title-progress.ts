// Puts print progress in the tab title ("42% · benchy.gcode"), so it shows from another tab.
import { useEffect } from 'react';

const BASE_TITLE = 'OctoPrint Live';

export function useTitleProgress(completion: number | null, fileName: string | null, state: string): void {
  const pct = completion == null ? null : Math.floor(completion);
  const active = state === 'Printing' || state === 'Paused' || state === 'Pausing' || state === 'Finishing';
  useEffect(() => {
    document.title = active && pct !== null ? `${pct}% ${state === 'Paused' ? '(paused) ' : ''}· ${fileName ?? ''} — ${BASE_TITLE}` : BASE_TITLE;
  }, [active, pct, fileName, state]);
}
