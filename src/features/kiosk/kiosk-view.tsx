// The kiosk at /kiosk: one screen for the printer's own 800×480 or 1024×600 touch display, with big targets and
// no hover; it dims to a clock when the printer is off or idle for the chosen time.
import { useEffect, useState, useSyncExternalStore, type MouseEvent } from 'react';
import './kiosk.css';
import { formatClock } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { jobActive } from '../../store/printer-view.ts';
import { dashboardPath, navigate } from '../../store/route-store.ts';
import { useDashboard, useServerSettings } from '../../store/services.tsx';
import { statusKind } from '../../store/status-kind.ts';
import { DIM_CHOICES, dimLabel, useDimSetting } from './dim-setting.ts';
import { DimTimer } from './dim-timer.ts';
import { KioskActions } from './kiosk-actions.tsx';
import { KioskDim } from './kiosk-dim.tsx';
import { KioskHeaters } from './kiosk-heaters.tsx';
import { KioskJob } from './kiosk-job.tsx';
import { kioskStateText } from './kiosk-state.ts';
import { useMinuteClock } from './use-minute-clock.ts';

function useDimmed(busy: boolean, afterMs: number | null): [boolean, () => void] {
  const [timer] = useState(() => new DimTimer());
  useEffect(() => timer.set(busy, afterMs), [timer, busy, afterMs]);
  useEffect(() => {
    const poke = () => timer.poke();
    document.addEventListener('pointerdown', poke, true);
    document.addEventListener('keydown', poke, true);
    return () => {
      document.removeEventListener('pointerdown', poke, true);
      document.removeEventListener('keydown', poke, true);
      timer.dispose();
    };
  }, [timer]);
  const dimmed = useSyncExternalStore(timer.subscribe, timer.isDimmed);
  return [dimmed, timer.wake];
}

/** The choices, and the address's own time among them when it is none of them. */
function choicesWith(ms: number | null) {
  return DIM_CHOICES.includes(ms) ? DIM_CHOICES : [...DIM_CHOICES, ms];
}

/** `serverName`: the saved server's name, when OctoPrint's appearance settings give none. */
export function KioskView({ serverName = '' }: { serverName?: string }) {
  const busy = useDashboard((s) => jobActive(s.printer.flags));
  const [dimAfter, setDimAfter] = useDimSetting();
  const [dimmed, wake] = useDimmed(busy, dimAfter);
  const kind = useDashboard(statusKind);
  const state = useDashboard(kioskStateText);
  const name = useServerSettings((s) => s.name) || serverName || 'OctoPrint';
  const now = useMinuteClock();
  const toDashboard = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    navigate(dashboardPath());
  };
  return (
    <div className="kiosk" data-kind={kind}>
      <header className="kiosk-header">
        <h1 className="kiosk-name">{name}</h1>
        <p className="kiosk-state" data-testid="kiosk-state">
          {state}
        </p>
        <span className="kiosk-clock">{formatClock(now)}</span>
        <label className="kiosk-dim-choice">
          {t('kiosk.dim')}
          <select
            value={String(dimAfter)}
            onChange={(e) => setDimAfter(e.target.value === 'null' ? null : Number(e.target.value))}
          >
            {choicesWith(dimAfter).map((ms) => (
              <option key={String(ms)} value={String(ms)}>
                {dimLabel(ms)}
              </option>
            ))}
          </select>
        </label>
        <a className="kiosk-button kiosk-exit" href={dashboardPath()} onClick={toDashboard}>
          {t('kiosk.dashboard')}
        </a>
      </header>
      <main className="kiosk-main">
        <KioskHeaters />
        <KioskJob />
      </main>
      <KioskActions />
      {dimmed ? <KioskDim onWake={wake} /> : null}
    </div>
  );
}
