// The render-cost chip in the header: rate, cost p50/p95, throttle ×N and fidelity; opens into the details.
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import { usePerf } from '../../store/services.tsx';
import { chipText } from './format.ts';

import './perf-hud.css';

// The details (reason, sparklines, figures) load when first opened: the first screen does not carry them.
const HudDetails = lazy(() => import('./hud-details.tsx').then((m) => ({ default: m.HudDetails })));

/** Fidelity step "animations off" applies page-wide through one attribute the stylesheet keys on. */
function useAnimationsSwitch(on: boolean): void {
  useEffect(() => {
    document.documentElement.dataset.animations = on ? 'on' : 'off';
  }, [on]);
}

export function PerfHud() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { rate, p50, p95, factor, pinned } = usePerf(
    useShallow((s) => ({ rate: s.rate, p50: s.p50, p95: s.p95, factor: s.factor, pinned: s.pinned })),
  );
  const fidelity = usePerf((s) => s.fidelity);
  const over = Number.isFinite(p95) && factor > 1;
  useAnimationsSwitch(fidelity.animations);
  const text = chipText(rate, p50, p95, factor, t(`fidelity.${fidelity.level}` as MessageId));

  return (
    <div className="perf-hud" data-factor={factor} data-fidelity={fidelity.level}>
      <button
        type="button"
        className="perf-hud-chip"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t(pinned === null ? 'hud.chipLabel' : 'hud.chipPinned', { text })}
        data-throttled={over}
        onClick={() => setOpen((o) => !o)}
      >
        {text}
        {pinned === null ? '' : ` ${t('hud.pinned')}`}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <HudDetails id={id} />
        </Suspense>
      ) : null}
    </div>
  );
}
