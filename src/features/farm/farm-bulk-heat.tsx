// Preheat or cool down the selected printers, each only after a confirmation that names how many and to what.
import { useState } from 'react';
import type { FarmRegistry } from '../../store/farm-registry.ts';

type Plan = { tool: number; bed: number; label: string } | null;

async function setTargets(registry: FarmRegistry, ids: readonly string[], tool: number, bed: number): Promise<number> {
  const results = await Promise.allSettled(
    ids.map(async (id) => {
      const rest = registry.get(id)?.rest;
      if (!rest) throw new Error('not connected');
      await rest.post('/api/printer/tool', { command: 'target', targets: { tool0: tool } });
      await rest.post('/api/printer/bed', { command: 'target', target: bed });
    }),
  );
  return results.filter((r) => r.status === 'rejected').length;
}

export function FarmBulkHeat({
  registry,
  selected,
  onClear,
}: {
  registry: FarmRegistry;
  selected: readonly string[];
  onClear(): void;
}) {
  const [tool, setTool] = useState(200);
  const [bed, setBed] = useState(60);
  const [plan, setPlan] = useState<Plan>(null);
  const [note, setNote] = useState<string | null>(null);
  const n = selected.length;
  const run = async (p: NonNullable<Plan>) => {
    setPlan(null);
    const failed = await setTargets(registry, selected, p.tool, p.bed);
    setNote(failed ? `${p.label}: ${failed} of ${n} printers did not take it.` : `${p.label}: sent to ${n} printers.`);
  };
  return (
    <div className="farm-bulk" role="group" aria-label="Selected printers">
      <span>{n} selected</span>
      <label>
        Hotend <input type="number" min={0} max={300} value={tool} onChange={(e) => setTool(Number(e.target.value))} />{' '}
        °C
      </label>
      <label>
        Bed <input type="number" min={0} max={130} value={bed} onChange={(e) => setBed(Number(e.target.value))} /> °C
      </label>
      <button type="button" disabled={n === 0} onClick={() => setPlan({ tool, bed, label: 'Preheat' })}>
        Preheat…
      </button>
      <button type="button" disabled={n === 0} onClick={() => setPlan({ tool: 0, bed: 0, label: 'Cool down' })}>
        Cool down…
      </button>
      {n > 0 ? (
        <button type="button" className="link" onClick={onClear}>
          Clear selection
        </button>
      ) : null}
      {plan ? (
        <div className="farm-confirm" role="alertdialog" aria-label="Confirm">
          <p>
            {plan.label} {n} printer{n === 1 ? '' : 's'}: hotend {plan.tool} °C, bed {plan.bed} °C?
          </p>
          <button type="button" onClick={() => void run(plan)}>
            Yes, {plan.label.toLowerCase()}
          </button>
          <button type="button" onClick={() => setPlan(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </div>
  );
}
