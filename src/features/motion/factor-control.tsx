// A percentage factor (feed rate, flow rate): optimistic value, rolled back to the last accepted one on failure.
import { useState, type FormEvent } from 'react';
import { statusText, useCommand } from '../../store/command-state.ts';

interface Props {
  label: string;
  min: number;
  max: number;
  enabled: boolean;
  send(value: number): Promise<void>;
}

export function FactorControl({ label, min, max, enabled, send }: Props) {
  const [value, setValue] = useState(100);
  const [accepted, setAccepted] = useState(100);
  const cmd = useCommand();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = Math.round(value);
    if (!Number.isFinite(v) || v < min || v > max) return;
    const ok = await cmd.run(() => send(v), { rollback: () => setValue(accepted) });
    if (ok) setAccepted(v);
  };
  return (
    <form className="factor" onSubmit={(e) => void submit(e)}>
      <label>
        {label}
        <input type="range" min={min} max={max} value={value} disabled={!enabled} onChange={(e) => setValue(Number(e.target.value))} />
      </label>
      <output aria-label={`${label} value`}>{value} %</output>
      <button type="submit" disabled={!enabled || cmd.pending} aria-label={`Set ${label.toLowerCase()}`}>Set</button>
      <span role="status" aria-label={`${label} status`} className={`cmd-${cmd.status.kind}`}>{statusText(cmd.status)}</span>
    </form>
  );
}
