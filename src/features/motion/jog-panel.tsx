// Jog X/Y/Z by a chosen step, home, and keyboard jog while the panel has focus; disabled while printing.
import { useState, type KeyboardEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import type { Axis } from '../../store/control-api.ts';
import { useServices } from '../../store/services.tsx';
import { needsIdle, useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import { keyAction } from './jog-keys.ts';

const STEPS = [0.1, 1, 10, 100];

export function JogPanel() {
  const { controls: c } = useServices();
  const gate = useGate('CONTROL', needsIdle);
  const [step, setStep] = useState(10);
  const cmd = useCommand();
  const off = !gate.enabled || cmd.pending;

  const jog = (axis: Axis, dir: 1 | -1) => void cmd.run(() => c.api.jog({ [axis]: dir * step }));
  const home = (axes: Axis[]) => void cmd.run(() => c.api.home(axes));
  const onKey = (e: KeyboardEvent) => {
    const a = keyAction(e.key);
    if (!a || (e.target as HTMLElement).tagName === 'INPUT') return;
    e.preventDefault();
    if (off) return;
    if (a.kind === 'jog') jog(a.axis, a.dir);
    else home(a.axes);
  };
  const btn = (label: string, axis: Axis, dir: 1 | -1) => (
    <button
      type="button"
      disabled={off}
      onClick={() => jog(axis, dir)}
      aria-label={t('jog.label', { axis: axis.toUpperCase(), dir: dir > 0 ? '+' : '−' })}
    >
      {label}
    </button>
  );

  return (
    <div className="jog" tabIndex={0} onKeyDown={onKey} aria-label={t('jog.group')} role="group">
      <div className="jog-grid">
        <span />
        {btn('Y+', 'y', 1)}
        <span />
        {btn('Z+', 'z', 1)}
        {btn('X−', 'x', -1)}
        <button type="button" className="home" disabled={off} onClick={() => home(['x', 'y'])}>
          {t('jog.homeXY')}
        </button>
        {btn('X+', 'x', 1)}
        <button type="button" className="home" disabled={off} onClick={() => home(['z'])}>
          {t('jog.homeZ')}
        </button>
        <span />
        {btn('Y−', 'y', -1)}
        <span />
        {btn('Z−', 'z', -1)}
      </div>
      <fieldset className="steps">
        <legend>{t('jog.step')}</legend>
        {STEPS.map((s) => (
          <label key={s}>
            <input type="radio" name="jog-step" value={s} checked={step === s} onChange={() => setStep(s)} />
            {s}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={off} onClick={() => home(['x', 'y', 'z'])}>
        {t('jog.homeAll')}
      </button>
      <CommandStatusText status={cmd.status} label={t('jog.status')} />
      {gate.reason ? <span className="gate-reason">{gate.reason}</span> : null}
    </div>
  );
}
