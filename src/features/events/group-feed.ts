// The activity card's rows: a severity per event, and runs of printer state changes folded into one row of transitions.
import { t } from '../../shared/i18n.ts';
import type { FeedEntry } from '../../store/activity-store.ts';

export type Severity = 'error' | 'warning' | 'success' | 'info';

const SEVERITY: Record<string, Severity> = {
  PrintFailed: 'error',
  Error: 'error',
  MovieFailed: 'error',
  SlicingFailed: 'error',
  'link:lost': 'warning',
  Disconnected: 'warning',
  PrintCancelled: 'warning',
  PrintCancelling: 'warning',
  PrintPaused: 'warning',
  'action:prompt': 'warning',
  PrintDone: 'success',
  MovieDone: 'success',
  SlicingDone: 'success',
  Connected: 'success',
  'link:back': 'success',
};

export const severityOf = (type: string): Severity => SEVERITY[type] ?? 'info';

export interface FeedRow {
  id: number;
  at: number;
  category: FeedEntry['category'];
  severity: Severity;
  text: string;
}

const STATE = 'PrinterStateChanged';
/** State changes further apart than this are separate rows: they belong to different moments. */
const GROUP_MS = 120_000;

/** Rows newest first, from entries oldest first: consecutive state changes become "Printer state: A → B → C". */
export function feedRows(entries: readonly FeedEntry[]): FeedRow[] {
  // The prefix of a state change in the active language (event.printerState ends with its {state}).
  const PREFIX = t('event.printerState', { state: '' });
  const rows: FeedRow[] = [];
  let run: { row: FeedRow; states: string[]; last: number } | null = null;
  for (const e of entries) {
    const isState = e.type === STATE && e.text.startsWith(PREFIX);
    if (isState && run && e.at - run.last <= GROUP_MS) {
      run.states.push(e.text.slice(PREFIX.length));
      run.row.text = PREFIX + run.states.join(' → ');
      run.row.at = e.at;
      run.last = e.at;
      continue;
    }
    const row: FeedRow = { id: e.id, at: e.at, category: e.category, severity: severityOf(e.type), text: e.text };
    rows.push(row);
    run = isState ? { row, states: [e.text.slice(PREFIX.length)], last: e.at } : null;
  }
  return rows.reverse();
}
