// A farm card's state from push events: all a card out of view has (its socket's state is off), and for one in view
// the change at once, before its next, throttled `current` (docs/octoprint-observed.md §4).
import type { EventPayload } from '../octoprint/types.ts';
import type { FarmPrinterKind, FarmPrinterState } from './farm-printer-store.ts';

/** The events a card and the farm's notifications need; the rest (ZChange, PositionUpdate...) are not subscribed. */
export const FARM_EVENTS: readonly string[] = [
  'PrinterStateChanged',
  'Error',
  'Disconnected',
  'PrintStarted',
  'PrintDone',
  'PrintFailed',
  'PrintCancelled',
  'PrintPaused',
  'PrintResumed',
  'FileSelected',
  'FileDeselected',
];

const STATE_KINDS: Record<string, FarmPrinterKind> = {
  OPERATIONAL: 'operational',
  STARTING: 'printing',
  PRINTING: 'printing',
  RESUMING: 'printing',
  FINISHING: 'printing',
  TRANSFERING_FILE: 'printing',
  PAUSING: 'pausing',
  PAUSED: 'paused',
  CANCELLING: 'cancelling',
  ERROR: 'error',
  CLOSED_WITH_ERROR: 'error',
  OFFLINE: 'offline',
  CLOSED: 'offline',
};

/** What a `current` would say after an error closed the port: the event itself only says OFFLINE (recorded). */
const OFFLINE_AFTER_ERROR = 'Offline after error';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const timed = (kind: FarmPrinterKind) => kind === 'printing' || kind === 'paused' || kind === 'pausing';

/** The printer is off: no temperatures (docs/octoprint-semantics.md §4). */
const off = (kind: FarmPrinterKind) => kind === 'offline' || kind === 'error';

function stateChanged(prev: FarmPrinterState, id: string, words: string): Partial<FarmPrinterState> {
  let kind = STATE_KINDS[id] ?? 'unknown';
  let stateText = words;
  let error: string | null = null;
  if (kind === 'offline' && prev.kind === 'error') {
    kind = 'error';
    stateText = OFFLINE_AFTER_ERROR;
    error = prev.error;
  } else if (kind === 'error') error = prev.error;
  if (kind === 'operational' && prev.file !== null && prev.completion !== null && prev.completion >= 100)
    kind = 'finished';
  return {
    kind,
    stateText,
    error,
    ...(off(kind) ? { heaters: [] } : {}),
    ...(timed(kind) ? {} : { printTimeLeft: null }),
  };
}

/** The card's fields an event changes, or null when it changes none. Payloads are untrusted: wrong types change nothing. */
export function farmEventPatch(prev: FarmPrinterState, event: EventPayload): Partial<FarmPrinterState> | null {
  const p = event.payload ?? {};
  switch (event.type) {
    case 'PrinterStateChanged': {
      const id = text(p.state_id);
      const words = text(p.state_string);
      return id && words ? stateChanged(prev, id, words) : null;
    }
    case 'Error':
      return { kind: 'error', error: text(p.error) ?? prev.error, heaters: [], printTimeLeft: null };
    case 'Disconnected':
      return prev.kind === 'error' ? { heaters: [] } : { kind: 'offline', heaters: [], printTimeLeft: null };
    case 'PrintStarted':
      return { kind: 'printing', file: text(p.name) ?? prev.file, completion: 0 };
    case 'PrintDone':
      return { kind: 'finished', completion: 100, printTimeLeft: null };
    case 'PrintPaused':
      return { kind: 'paused' };
    case 'PrintResumed':
      return { kind: 'printing' };
    case 'PrintFailed':
    case 'PrintCancelled':
      return { printTimeLeft: null };
    case 'FileSelected':
      return { file: text(p.name) ?? prev.file, completion: null };
    case 'FileDeselected':
      return { file: null, completion: null, printTimeLeft: null };
    default:
      return null;
  }
}
