// A percentage factor (feed rate, flow rate) as a stepper: each tap sends at once (no slider plus Set), optimistic,
// rolled back to the last accepted value on failure.
import { useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';

interface Props {
  label: string;
  min: number;
  max: number;
  enabled: boolean;
  send(value: number): Promise<void>;
}

const STEP = 5;

export function FactorControl({ label, min, max, enabled, send }: Props) {
  const [shown, setShown] = useState(100);
  const [accepted, setAccepted] = useState(100);
  const cmd = useCommand();
  const go = async (value: number) => {
    const v = Math.min(max, Math.max(min, Math.round(value)));
    if (v === shown) return;
    setShown(v);
    const ok = await cmd.run(() => send(v), { rollback: () => setShown(accepted) });
    if (ok) setAccepted(v);
  };
  const off = !enabled || cmd.pending;
  return (
    <div className="factor" role="group" aria-label={label}>
      <span className="factor-label">{label}</span>
      <button
        type="button"
        aria-label={`${label} −${STEP}`}
        disabled={off || shown <= min}
        onClick={() => void go(shown - STEP)}
      >
        −{STEP}
      </button>
      <output aria-label={t('factor.value', { label })}>{shown} %</output>
      <button
        type="button"
        aria-label={`${label} +${STEP}`}
        disabled={off || shown >= max}
        onClick={() => void go(shown + STEP)}
      >
        +{STEP}
      </button>
      <button type="button" aria-label={`${label} 100 %`} disabled={off || shown === 100} onClick={() => void go(100)}>
        100 %
      </button>
      <CommandStatusText status={cmd.status} label={t('factor.status', { label })} />
    </div>
  );
}
