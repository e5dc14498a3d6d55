// One farm printer's card state: a small vanilla store fed by its socket, with values rounded as the card shows them.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SocketState } from '../octoprint/socket-types.ts';
import type { StateSnapshot } from '../octoprint/types.ts';
import type { Words } from '../shared/i18n.ts';

/** The printer's state as the farm sorts and colours it. */
export type FarmPrinterKind =
  'unknown' | 'offline' | 'error' | 'operational' | 'printing' | 'pausing' | 'paused' | 'finished' | 'cancelling';

export interface FarmHeater {
  id: string;
  actual: number | null;
  target: number | null;
}

export interface FarmPrinterState {
  /** The socket's state: ready = live; backoff = the server is away; auth-failed = key or login refused. */
  link: SocketState;
  /** Why the link waits or failed, worded when shown. */
  linkReason: Words | null;
  version: string | null;
  /** The server is older than the farm supports (no `subscribe`, before 1.8.0). */
  tooOld: boolean;
  /** From OctoPrint's appearance settings; '' until read. */
  name: string;
  color: string;
  /** Date.now() of the last data from the server (rounded to the second: the card shows seconds). */
  lastDataAt: number;
  kind: FarmPrinterKind;
  stateText: string;
  error: string | null;
  heaters: readonly FarmHeater[];
  file: string | null;
  /** Whole percent. */
  completion: number | null;
  printTimeLeft: number | null;
  throttle: number;
}

export type FarmPrinterStore = StoreApi<FarmPrinterState>;

export const initialFarmPrinter: FarmPrinterState = {
  link: 'idle',
  linkReason: null,
  version: null,
  tooOld: false,
  name: '',
  color: 'default',
  lastDataAt: 0,
  kind: 'unknown',
  stateText: '',
  error: null,
  heaters: [],
  file: null,
  completion: null,
  printTimeLeft: null,
  throttle: 1,
};

export function createFarmPrinterStore(): FarmPrinterStore {
  return createStore<FarmPrinterState>()(() => initialFarmPrinter);
}

function kindOf(
  s: StateSnapshot['state'],
  completion: number | null,
  hasFile: boolean,
  prev: FarmPrinterKind,
): FarmPrinterKind {
  const f = s.flags;
  if (f.error || /error/i.test(s.text)) return 'error';
  // OctoPrint sends PrintDone while Finishing (its end-of-print script still running): the print is done.
  if (f.finishing && prev === 'finished') return 'finished';
  if (f.cancelling) return 'cancelling';
  if (f.pausing) return 'pausing';
  if (f.paused) return 'paused';
  if (f.printing || f.resuming || f.finishing) return 'printing';
  if (f.operational) return hasFile && completion !== null && completion >= 100 ? 'finished' : 'operational';
  if (f.closedOrError || /offline|closed/i.test(s.text)) return 'offline';
  return 'unknown';
}

const round1 = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 10) / 10 : null;

function sameHeaters(a: readonly FarmHeater[], b: readonly FarmHeater[]): boolean {
  return (
    a.length === b.length &&
    a.every((h, i) => h.id === b[i]?.id && h.actual === b[i]?.actual && h.target === b[i]?.target)
  );
}

/** The card's fields from a `history` or `current`; unchanged parts keep their references, so cards skip renders. */
export function farmPatch(prev: FarmPrinterState, snap: StateSnapshot, now: number): Partial<FarmPrinterState> {
  const last = snap.temps[snap.temps.length - 1];
  let heaters = prev.heaters;
  if (last) {
    // A heater the printer does not have (a chamber reading null, null) is left out, as on the dashboard.
    const next = Object.entries(last.heaters)
      .filter(([, r]) => r.actual != null)
      .map(([id, r]) => ({ id, actual: round1(r.actual), target: round1(r.target) }))
      .sort((a, b) => (a.id === 'bed' ? 1 : b.id === 'bed' ? -1 : a.id.localeCompare(b.id)));
    if (!sameHeaters(next, prev.heaters)) heaters = next;
  }
  const completionRaw = snap.progress.completion;
  const completion =
    typeof completionRaw === 'number' && Number.isFinite(completionRaw) ? Math.floor(completionRaw) : null;
  const file = snap.job.file.display ?? snap.job.file.name ?? null;
  const kind = kindOf(snap.state, completion, file !== null, prev.kind);
  return {
    heaters,
    kind,
    stateText: snap.state.text,
    error: snap.state.error || null,
    file,
    completion,
    printTimeLeft: kind === 'printing' || kind === 'paused' || kind === 'pausing' ? snap.progress.printTimeLeft : null,
    lastDataAt: Math.floor(now / 1000) * 1000,
  };
}
