// The dimmed kiosk: a dark screen with the clock and the printer's state. The touch that wakes it lands here (the
// whole screen is this layer until it is gone), so nothing beneath acts on it.
import { useEffect } from 'react';
import { formatClock } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useDashboard } from '../../store/services.tsx';
import { kioskStateText } from './kiosk-state.ts';
import { useMinuteClock } from './use-minute-clock.ts';

export function KioskDim({ onWake }: { onWake(): void }) {
  const now = useMinuteClock();
  const state = useDashboard(kioskStateText);
  // A key wakes the screen too, and is swallowed before it reaches a focused button.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      e.preventDefault();
      e.stopPropagation();
      onWake();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [onWake]);
  return (
    <div
      className="kiosk-dim"
      data-testid="kiosk-dim"
      role="button"
      tabIndex={-1}
      aria-label={t('kiosk.dimmed')}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onWake();
      }}
    >
      <p className="kiosk-dim-clock">{formatClock(now)}</p>
      <p className="kiosk-dim-state">{state}</p>
    </div>
  );
}
