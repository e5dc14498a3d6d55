// Preheat or cool down the selected printers, each only after a confirmation that names how many and to what.
import { useState } from 'react';
import { currentLocale, t } from '../../shared/i18n.ts';
import type { FarmRegistry } from '../../store/farm-registry.ts';

type Plan = { tool: number; bed: number; label: string } | null;

async function setTargets(registry: FarmRegistry, ids: readonly string[], tool: number, bed: number): Promise<number> {
  const results = await Promise.allSettled(
    ids.map(async (id) => {
      const rest = registry.get(id)?.rest;
      if (!rest) throw new Error(t('farm.notConnected'));
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
    setNote(failed ? t('farm.failedSome', { label: p.label, failed, n }) : t('farm.sent', { label: p.label, n }));
  };
  return (
    <div className="farm-bulk" role="group" aria-label={t('farm.selectedGroup')}>
      <span>{t('farm.selected', { n })}</span>
      <label>
        {t('farm.hotend')}{' '}
        <input type="number" min={0} max={300} value={tool} onChange={(e) => setTool(Number(e.target.value))} /> °C
      </label>
      <label>
        {t('farm.bed')}{' '}
        <input type="number" min={0} max={130} value={bed} onChange={(e) => setBed(Number(e.target.value))} /> °C
      </label>
      <button type="button" disabled={n === 0} onClick={() => setPlan({ tool, bed, label: t('farm.preheat') })}>
        {t('farm.preheatAsk')}
      </button>
      <button type="button" disabled={n === 0} onClick={() => setPlan({ tool: 0, bed: 0, label: t('farm.coolDown') })}>
        {t('farm.coolDownAsk')}
      </button>
      {n > 0 ? (
        <button type="button" className="link" onClick={onClear}>
          {t('farm.clear')}
        </button>
      ) : null}
      {plan ? (
        <div className="farm-confirm" role="alertdialog" aria-label={t('farm.confirm')}>
          <p>{t('farm.confirmText', { label: plan.label, n, tool: plan.tool, bed: plan.bed })}</p>
          <button type="button" onClick={() => void run(plan)}>
            {t('farm.yes', { label: plan.label.toLocaleLowerCase(currentLocale()) })}
          </button>
          <button type="button" onClick={() => setPlan(null)}>
            {t('farm.cancel')}
          </button>
        </div>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </div>
  );
}
