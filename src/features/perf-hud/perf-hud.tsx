// The render-cost chip in the header: rate, cost p50/p95, throttle ×N and fidelity; opens into the details.
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import type { PerfState } from '../../store/perf-store.ts';
import { usePerf, useServices } from '../../store/services.tsx';
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

/** What a hidden chip selects in place of its figures: a constant, so a new snapshot changes nothing it picked. */
const HIDDEN = { rate: 0, p50: 0, p95: 0 };
const figuresOf = (s: PerfState) => ({ rate: s.rate, p50: s.p50, p95: s.p95 });

/**
 * `shown`: whether the chip can be seen (the settings menu it sits in is open). A hidden chip, out of sight and of
 * the accessibility tree, does not render for each new rate and cost (that was most of React's work while printing);
 * it still follows the factor, pin and fidelity, and shows fresh figures the moment it is shown.
 */
export function PerfHud({ shown = true }: { shown?: boolean }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const perf = useServices().perf.store;
  const { factor, pinned } = usePerf(useShallow((s) => ({ factor: s.factor, pinned: s.pinned })));
  const picked = usePerf(useShallow((s) => (shown ? figuresOf(s) : HIDDEN)));
  const { rate, p50, p95 } = picked === HIDDEN ? figuresOf(perf.getState()) : picked;
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
