// One heater's target and offset, beside its reading; each done when the pushed data shows it (temperatures, `offsets`).
import { useState, type FormEvent } from 'react';
import { heaterLabel } from '../../shared/heaters.ts';
import { t } from '../../shared/i18n.ts';
import { awaitState, useCommand } from '../../store/command-state.ts';
import { setTargets } from '../../store/confirmed-commands.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { useGate, needsOperational } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import './temperature-controls.css';

const CONFIRM_MS = 10_000;

export function HeaterControl({ id }: { id: string }) {
  const services = useServices();
  const { dashboard, controls: c } = services;
  const gate = useGate('CONTROL', needsOperational);
  // OctoPrint reports `offsets: {}` until one is set: a heater without an entry has offset 0.
  const offset = useDashboard((s) => s.printer.offsets[id] ?? 0);
  const [value, setValue] = useState('');
  const [offsetValue, setOffsetValue] = useState('');
  const cmd = useCommand();
  const offsetCmd = useCommand();
  const name = heaterLabel(id);

  const send = (n: number, previousText: string) =>
    cmd.run(() => setTargets(services, { [id]: n }, () => t('heater.atTarget', { name, n }), CONFIRM_MS), {
      rollback: () => setValue(previousText),
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 999) return;
    void send(Math.round(n), value);
  };
  const submitOffset = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(offsetValue);
    if (offsetValue.trim() === '' || !Number.isFinite(n) || n < -50 || n > 50) return;
    const wanted = Math.round(n);
    void offsetCmd.run(
      async () => {
        await c.api.setOffset(id, wanted);
        await awaitState(
          dashboard,
          (s) => (s.printer.offsets[id] ?? 0) === wanted,
          CONFIRM_MS,
          () => t('heater.offsetWhat', { name, n: wanted }),
        );
        setOffsetValue('');
      },
      { rollback: () => setOffsetValue(offsetValue) },
    );
  };

  const disabled = !gate.enabled || cmd.pending;
  return (
    <div role="group" aria-label={t('heater.controls', { name })} className="heater-control">
      <form onSubmit={submit} className="inline-form">
        <input
          type="number"
          min={0}
          max={999}
          step={1}
          value={value}
          placeholder="°C"
          aria-label={t('heater.newTarget', { name })}
          disabled={!gate.enabled}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="primary" disabled={disabled}>
          {t('heater.set')}
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() => void send(0, value)}
          aria-label={t('heater.offLabel', { name })}
        >
          {t('heater.off')}
        </button>
        <CommandStatusText status={cmd.status} label={t('heater.targetStatus', { name })} />
      </form>
      <form onSubmit={submitOffset} className="inline-form">
        <input
          type="number"
          min={-50}
          max={50}
          step={1}
          value={offsetValue}
          placeholder={`${offset > 0 ? '+' : ''}${offset}`}
          aria-label={t('heater.offset', { name })}
          title={t('heater.offsetTitle')}
          disabled={!gate.enabled}
          onChange={(e) => setOffsetValue(e.target.value)}
        />
        <button type="submit" disabled={!gate.enabled || offsetCmd.pending}>
          {t('heater.offsetButton')}
        </button>
        <CommandStatusText status={offsetCmd.status} label={t('heater.offsetStatus', { name })} />
      </form>
    </div>
  );
}
