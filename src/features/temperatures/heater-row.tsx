// One heater's readout (actual / target) and a form to set its target.
import { useState, type FormEvent } from 'react';
import { useDashboard, useServices } from '../../store/services.tsx';

function fmt(v: number | null | undefined): string {
  return v == null ? '–' : `${v.toFixed(1)} °C`;
}

function label(id: string): string {
  if (id === 'bed') return 'Bed';
  if (id === 'chamber') return 'Chamber';
  return id.startsWith('tool') ? `Tool ${id.slice(4)}` : id;
}

export function HeaterRow({ id }: { id: string }) {
  const { commands } = useServices();
  const actual = useDashboard((s) => s.heaters[id]?.actual);
  const target = useDashboard((s) => s.heaters[id]?.target);
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'pending' | 'error'; text?: string }>({ kind: 'idle' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 999) {
      setStatus({ kind: 'error', text: 'Enter 0–999 °C' });
      return;
    }
    if (status.kind === 'pending') return;
    setStatus({ kind: 'pending' });
    try {
      await commands.setTarget(id, n);
      setStatus({ kind: 'idle' });
      setValue('');
    } catch (err) {
      setStatus({ kind: 'error', text: String((err as Error).message ?? err) });
    }
  };

  const name = label(id);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td data-testid={`${id}-actual`}>{fmt(actual)}</td>
      <td data-testid={`${id}-target`}>{fmt(target)}</td>
      <td>
        <form onSubmit={submit} className="target-form">
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={999}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-label={`${name} target`}
            placeholder="°C"
          />
          <button type="submit" disabled={status.kind === 'pending'}>
            Set
          </button>
          {status.kind === 'error' ? <span role="alert">{status.text}</span> : null}
        </form>
      </td>
    </tr>
  );
}
