// Sort, filter by state and name, and density for the farm view.
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
    <div className="farm-toolbar" role="group" aria-label="Arrange printers">
      <label>
        Sort{' '}
        <select value={p.sort} onChange={(e) => p.onSort(e.target.value as FarmSort)}>
          <option value="attention">Needs attention first</option>
          <option value="name">Name</option>
          <option value="progress">Progress</option>
        </select>
      </label>
      <label>
        Show{' '}
        <select value={p.filter} onChange={(e) => p.onFilter(e.target.value as FarmFilter)}>
          <option value="all">All</option>
          <option value="attention">Needs attention</option>
          <option value="printing">Printing or paused</option>
          <option value="idle">Idle or finished</option>
          <option value="offline">Off or unreachable</option>
        </select>
      </label>
      <label>
        Name{' '}
        <input type="search" value={p.query} onChange={(e) => p.onQuery(e.target.value)} placeholder="Filter by name" />
      </label>
      <label>
        <input
          type="checkbox"
          checked={p.density === 'compact'}
          onChange={(e) => p.onDensity(e.target.checked ? 'compact' : 'comfortable')}
        />{' '}
        Compact
      </label>
    </div>
  );
}
