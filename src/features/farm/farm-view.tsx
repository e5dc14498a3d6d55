// The farm view (/printers): every saved server as a live card, sorted by what needs a person, in its own chunk.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { browserStorage, loadJson, saveJson } from '../../shared/persist.ts';
import { arrangeRows } from '../../store/farm-attention.ts';
import { farmRegistry } from '../../store/farm-registry.ts';
import { dashboardPath, navigate } from '../../store/route-store.ts';
import { useServers, useServersStore } from '../../store/services.tsx';
import { RouteLink } from '../../ui/route-link.tsx';
import { installBrowserNotifications } from './browser-notify.ts';
import { FarmAlertsView } from './farm-alerts-view.tsx';
import { FarmBudgetChip } from './farm-budget-chip.tsx';
import { FarmBulkHeat } from './farm-bulk-heat.tsx';
import { FarmGrid } from './farm-grid.tsx';
import { FarmToolbar, type Density, type FarmArrangement } from './farm-toolbar.tsx';
import { FarmTransfer } from './farm-transfer.tsx';
import { useFarmRows } from './use-farm-rows.ts';
import './farm.css';

const DENSITY_KEY = 'octoprint-live:farm-density';

function savedDensity(): Density {
  return loadJson(browserStorage(), DENSITY_KEY) === 'compact' ? 'compact' : 'comfortable';
}

export function FarmView() {
  const servers = useServersStore();
  const registry = farmRegistry();
  const list = useServers((s) => s.servers);
  // Before the rows read the connections: sync is idempotent, so a second render (StrictMode) changes nothing.
  useMemo(() => registry.sync(list), [registry, list]);
  const [view, setView] = useState<FarmArrangement>(() => ({
    sort: 'attention',
    filter: 'all',
    query: '',
    density: savedDensity(),
  }));
  const { sort, filter, query, density } = view;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = useFarmRows(registry, list, sort === 'progress');
  const shown = useMemo(() => arrangeRows(rows, sort, filter, query), [rows, sort, filter, query]);
  const savedNames = useMemo(() => new Map(list.map((s) => [s.id, s.name])), [list]);

  useEffect(() => {
    installBrowserNotifications(registry);
    registry.setShown(true);
    const onVisibility = () => registry.setPageVisible(document.visibilityState !== 'hidden');
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      registry.setShown(false);
    };
  }, [registry]);

  const onOpen = useCallback(
    (id: string) => {
      servers.open(id);
      navigate(dashboardPath());
    },
    [servers],
  );
  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const arrange = (patch: Partial<FarmArrangement>) => {
    setView((v) => ({ ...v, ...patch }));
    if (patch.density) saveJson(browserStorage(), DENSITY_KEY, patch.density);
  };

  return (
    <div className="farm" data-density={density}>
      <header className="farm-header">
        <h1>{t('farm.heading')}</h1>
        <span className="farm-count">{t('farm.count', { n: list.length })}</span>
        <FarmBudgetChip store={registry.budget.store} />
        <RouteLink to={dashboardPath()}>{t('farm.back')}</RouteLink>
        <FarmAlertsView alerts={registry.alerts} />
      </header>
      <FarmToolbar view={view} onChange={arrange} />
      <FarmBulkHeat
        registry={registry}
        selected={[...selected].filter((id) => savedNames.has(id))}
        onClear={() => setSelected(new Set())}
      />
      {list.length === 0 ? (
        <p className="farm-empty">{t('farm.empty')}</p>
      ) : (
        <FarmGrid
          rows={shown}
          savedNames={savedNames}
          registry={registry}
          selected={selected}
          onSelect={onSelect}
          onOpen={onOpen}
        />
      )}
      <FarmTransfer />
    </div>
  );
}
