// Sort, filter by state and name, and density for the farm view.
import { t } from '../../shared/i18n.ts';
import type { FarmFilter, FarmSort } from '../../store/farm-attention.ts';

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

export function FarmToolbar(p: FarmToolbarProps) {
  return (
    <div className="farm-toolbar" role="group" aria-label={t('farm.arrange')}>
      <label>
        {t('farm.sort')}{' '}
        <select value={p.sort} onChange={(e) => p.onSort(e.target.value as FarmSort)}>
          <option value="attention">{t('farm.sortAttention')}</option>
          <option value="name">{t('farm.sortName')}</option>
          <option value="progress">{t('farm.sortProgress')}</option>
        </select>
      </label>
      <label>
        {t('farm.show')}{' '}
        <select value={p.filter} onChange={(e) => p.onFilter(e.target.value as FarmFilter)}>
          <option value="all">{t('farm.filterAll')}</option>
          <option value="attention">{t('farm.filterAttention')}</option>
          <option value="printing">{t('farm.filterPrinting')}</option>
          <option value="idle">{t('farm.filterIdle')}</option>
          <option value="offline">{t('farm.filterOffline')}</option>
        </select>
      </label>
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
