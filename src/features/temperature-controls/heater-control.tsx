// One heater's target and offset, beside its reading; each done when the pushed data shows it (temperatures, `offsets`).
import { useState, type FormEvent } from 'react';
import { heaterLabel } from '../../shared/heaters.ts';
import { awaitState, statusText, useCommand } from '../../store/command-state.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { useGate, needsOperational } from '../../store/use-gate.ts';
import './temperature-controls.css';

const CONFIRM_MS = 10_000;

export function HeaterControl({ id }: { id: string }) {
  const { dashboard, controls: c } = useServices();
  const gate = useGate('CONTROL', needsOperational);
  // OctoPrint reports `offsets: {}` until one is set: a heater without an entry has offset 0.
  const offset = useDashboard((s) => s.printer.offsets[id] ?? 0);
  const [value, setValue] = useState('');
  const [offsetValue, setOffsetValue] = useState('');
  const cmd = useCommand();
  const offsetCmd = useCommand();
  const name = heaterLabel(id);

  const send = (n: number, previousText: string) =>
    cmd.run(
      async () => {
        await c.api.setTarget(id, n);
        await awaitState(dashboard, (s) => s.heaters[id]?.target === n, CONFIRM_MS, `${name} at target ${n} °C`);
      },
      { rollback: () => setValue(previousText) },
    );

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
          `${name} offset ${wanted} °C`,
        );
        setOffsetValue('');
      },
      { rollback: () => setOffsetValue(offsetValue) },
    );
  };

  const disabled = !gate.enabled || cmd.pending;
  return (
    <div role="group" aria-label={`${name} controls`} className="heater-control">
      <form onSubmit={submit} className="inline-form">
        <input
          type="number"
          min={0}
          max={999}
          step={1}
          value={value}
          placeholder="°C"
          aria-label={`${name} new target`}
          disabled={!gate.enabled}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="primary" disabled={disabled}>
          Set
        </button>
        <button type="button" disabled={disabled} onClick={() => void send(0, value)} aria-label={`${name} off`}>
          Off
        </button>
        <span role="status" aria-label={`${name} target status`} className={`cmd-${cmd.status.kind}`}>
          {statusText(cmd.status)}
        </span>
      </form>
      <form onSubmit={submitOffset} className="inline-form">
        <input
          type="number"
          min={-50}
          max={50}
          step={1}
          value={offsetValue}
          placeholder={`${offset > 0 ? '+' : ''}${offset}`}
          aria-label={`${name} offset`}
          title="Temperature offset (°C), added by OctoPrint to every target it sends"
          disabled={!gate.enabled}
          onChange={(e) => setOffsetValue(e.target.value)}
        />
        <button type="submit" disabled={!gate.enabled || offsetCmd.pending}>
          Offset
        </button>
        <span role="status" aria-label={`${name} offset status`} className={`cmd-${offsetCmd.status.kind}`}>
          {statusText(offsetCmd.status)}
        </span>
      </form>
    </div>
  );
}
