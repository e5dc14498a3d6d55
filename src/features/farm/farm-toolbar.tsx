// Sort, filter by state and name, and density for the farm view.
import { t, type MessageId } from '../../shared/i18n.ts';
import type { FarmFilter, FarmSort } from '../../store/farm-attention.ts';
import { SelectField } from '../../ui/select-field.tsx';

export type Density = 'comfortable' | 'compact';

/** How the cards are arranged: sort, state and name filters, density. */
export interface FarmArrangement {
  sort: FarmSort;
  filter: FarmFilter;
  query: string;
  density: Density;
}

interface Props {
  view: FarmArrangement;
  onChange(patch: Partial<FarmArrangement>): void;
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

export function FarmToolbar({ view, onChange }: Props) {
  const sorts = SORTS.map((v) => ({ value: v, label: t(SORT_LABEL[v]) }));
  const filters = FILTERS.map((v) => ({ value: v, label: t(FILTER_LABEL[v]) }));
  return (
    <div className="farm-toolbar" role="group" aria-label={t('farm.arrange')}>
      <SelectField label={t('farm.sort')} value={view.sort} choices={sorts} onChange={(sort) => onChange({ sort })} />
      <SelectField
        label={t('farm.show')}
        value={view.filter}
        choices={filters}
        onChange={(filter) => onChange({ filter })}
      />
      <label>
        {t('farm.name')}{' '}
        <input
          type="search"
          value={view.query}
          onChange={(e) => onChange({ query: e.target.value })}
          placeholder={t('farm.nameFilter')}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={view.density === 'compact'}
          onChange={(e) => onChange({ density: e.target.checked ? 'compact' : 'comfortable' })}
        />{' '}
        {t('farm.compact')}
      </label>
    </div>
  );
}
