// Sort, filter by state and name, and density for the farm view.
import { t, type MessageId } from '../../shared/i18n.ts';
import type { FarmFilter, FarmSort } from '../../store/farm-attention.ts';
import { SelectField } from '../../ui/select-field.tsx';

export type Density = 'comfortable' | 'compact';

export interface FarmToolbarProps {
  sort: FarmSort;
  filter: FarmFilter;
  query: string;
  density: Density;
  onSort(s: FarmSort): void;
  onFilter(f: FarmFilter): void;
  onQuery(q: string): void;
  onDensity(d: Density): void;
}

const SORTS = ['attention', 'name', 'progress'] as const;
const SORT_LABEL: Record<FarmSort, MessageId> = {
  attention: 'farm.sortAttention',
  name: 'farm.sortName',
  progress: 'farm.sortProgress',
};
const FILTERS = ['all', 'attention', 'printing', 'idle', 'offline'] as const;
const FILTER_LABEL: Record<FarmFilter, MessageId> = {
  all: 'farm.filterAll',
  attention: 'farm.filterAttention',
  printing: 'farm.filterPrinting',
  idle: 'farm.filterIdle',
  offline: 'farm.filterOffline',
};

export function FarmToolbar(p: FarmToolbarProps) {
  return (
    <div className="farm-toolbar" role="group" aria-label={t('farm.arrange')}>
      <SelectField
        label={t('farm.sort')}
        value={p.sort}
        choices={SORTS.map((v) => ({ value: v, label: t(SORT_LABEL[v]) }))}
        onChange={p.onSort}
      />
      <SelectField
        label={t('farm.show')}
        value={p.filter}
        choices={FILTERS.map((v) => ({ value: v, label: t(FILTER_LABEL[v]) }))}
        onChange={p.onFilter}
      />
      <label>
        {t('farm.name')}{' '}
        <input
          type="search"
          value={p.query}
          onChange={(e) => p.onQuery(e.target.value)}
          placeholder={t('farm.nameFilter')}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={p.density === 'compact'}
          onChange={(e) => p.onDensity(e.target.checked ? 'compact' : 'comfortable')}
        />{' '}
        {t('farm.compact')}
      </label>
    </div>
  );
}
