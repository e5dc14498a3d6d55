// Which cards need a person, in the order they sort first: error, paused, finished, printer off, link down, login refused.
import type { FarmPrinterState } from './farm-printer-store.ts';

export const ATTENTION_RANKS = {
  error: 0,
  paused: 1,
  finished: 2,
  offline: 3,
  linkDown: 4,
  refused: 5,
  printing: 6,
  idle: 7,
  waiting: 8,
} as const;

export type AttentionRank = (typeof ATTENTION_RANKS)[keyof typeof ATTENTION_RANKS];

/** Ranks 0–5 need a person. */
export const needsPerson = (rank: number): boolean => rank <= ATTENTION_RANKS.refused;

/** The rank of each printer state while its link is live; any other state is still waiting for data. */
const KIND_RANK: Partial<Record<FarmPrinterState['kind'], AttentionRank>> = {
  error: ATTENTION_RANKS.error,
  paused: ATTENTION_RANKS.paused,
  pausing: ATTENTION_RANKS.paused,
  finished: ATTENTION_RANKS.finished,
  offline: ATTENTION_RANKS.offline,
  printing: ATTENTION_RANKS.printing,
  cancelling: ATTENTION_RANKS.printing,
  operational: ATTENTION_RANKS.idle,
};

export function attentionRank(s: Pick<FarmPrinterState, 'link' | 'kind' | 'tooOld' | 'lastDataAt'>): AttentionRank {
  if (s.link === 'auth-failed') return ATTENTION_RANKS.refused;
  if (s.tooOld) return ATTENTION_RANKS.linkDown;
  if (s.link !== 'ready') {
    // Never live yet: still connecting, nothing to act on. Once seen, a lost link needs a look.
    return s.lastDataAt === 0 && s.link !== 'backoff' ? ATTENTION_RANKS.waiting : ATTENTION_RANKS.linkDown;
  }
  return KIND_RANK[s.kind] ?? ATTENTION_RANKS.waiting;
}

export type FarmFilter = 'all' | 'attention' | 'printing' | 'idle' | 'offline';

export function matchesFilter(rank: number, filter: FarmFilter): boolean {
  switch (filter) {
    case 'attention':
      return needsPerson(rank);
    case 'printing':
      return rank === ATTENTION_RANKS.printing || rank === ATTENTION_RANKS.paused;
    case 'idle':
      return rank === ATTENTION_RANKS.idle || rank === ATTENTION_RANKS.finished;
    case 'offline':
      return rank === ATTENTION_RANKS.offline || rank === ATTENTION_RANKS.linkDown || rank === ATTENTION_RANKS.refused;
    default:
      return true;
  }
}

export type FarmSort = 'attention' | 'name' | 'progress';

export interface FarmRow {
  id: string;
  name: string;
  rank: number;
  completion: number;
}

/** Sorted and filtered rows; ties keep the name order, so cards do not jump about. */
export function arrangeRows(rows: readonly FarmRow[], sort: FarmSort, filter: FarmFilter, query: string): FarmRow[] {
  const q = query.trim().toLowerCase();
  const byName = (a: FarmRow, b: FarmRow) => a.name.localeCompare(b.name, undefined, { numeric: true });
  const cmp: Record<FarmSort, (a: FarmRow, b: FarmRow) => number> = {
    attention: (a, b) => a.rank - b.rank || byName(a, b),
    name: byName,
    progress: (a, b) => b.completion - a.completion || byName(a, b),
  };
  return rows
    .filter((r) => matchesFilter(r.rank, filter) && (q === '' || r.name.toLowerCase().includes(q)))
    .sort(cmp[sort]);
}
