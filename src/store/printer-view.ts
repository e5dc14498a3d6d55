// The printer as the dashboard store holds it: state text, every state flag, files in use, offsets and the selected
// file, built from the newest snapshot of a frame; the previous object is kept when nothing changed.
import type { BusyFile, StateFlags, StateSnapshot } from '../octoprint/types.ts';

export interface SelectedFile {
  name: string;
  path: string;
  origin: string;
}

export interface PrinterView {
  text: string;
  error: string | null;
  /** Offline or in error: OctoPrint has no link to the printer, so there are no temperatures to show. */
  off: boolean;
  flags: StateFlags;
  /** "origin:path" of files OctoPrint says are in use (printing or being streamed). */
  busyFiles: readonly string[];
  /** Heater ids the server reports offsets for, with their values. */
  offsets: Readonly<Record<string, number>>;
  selected: SelectedFile | null;
}

export const noFlags: StateFlags = {
  operational: false,
  printing: false,
  cancelling: false,
  pausing: false,
  resuming: false,
  finishing: false,
  closedOrError: true,
  error: false,
  paused: false,
  ready: false,
  sdReady: false,
};

export const initialPrinterView: PrinterView = {
  text: 'Unknown',
  error: null,
  off: false,
  flags: noFlags,
  busyFiles: [],
  offsets: {},
  selected: null,
};

/** A job is under way (printing, paused, or between the two): the printer is not free for another. */
export const jobActive = (f: StateFlags): boolean => f.printing || f.paused || f.pausing || f.resuming || f.cancelling;

export const busyKey = (f: BusyFile): string => `${f.origin}:${f.path}`;

function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === Object.keys(b).length && ka.every((k) => ra[k] === rb[k]);
}

/** OctoPrint's Offline / Offline after error / Error: no serial link to the printer, so no readings (docs/octoprint-semantics.md §4). */
export function printerOff(snap: StateSnapshot): boolean {
  return !snap.state.flags.operational && snap.state.flags.closedOrError;
}

/**
 * The printer after `snap`, or `prev` itself when nothing a reader sees changed. A `history` carries no busy files,
 * so those are kept from the last `current`.
 */
export function printerViewOf(prev: PrinterView, snap: StateSnapshot, isHistory: boolean): PrinterView {
  const next: Partial<PrinterView> = {};
  const st = snap.state;
  const error = st.error ? st.error : null;
  const off = printerOff(snap);
  if (prev.text !== st.text) next.text = st.text;
  if (prev.error !== error) next.error = error;
  if (prev.off !== off) next.off = off;
  if (!sameRecord(prev.flags, st.flags)) next.flags = st.flags;
  if (!isHistory) {
    const busy = snap.busyFiles.map(busyKey).sort();
    if (busy.join('\n') !== prev.busyFiles.join('\n')) next.busyFiles = busy;
  }
  if (!sameRecord(prev.offsets, snap.offsets)) next.offsets = { ...snap.offsets };
  const f = snap.job.file;
  const selected = f.path && f.origin ? { name: f.display ?? f.name ?? f.path, path: f.path, origin: f.origin } : null;
  const p = prev.selected;
  if (selected?.path !== p?.path || selected?.origin !== p?.origin || selected?.name !== p?.name)
    next.selected = selected;
  return Object.keys(next).length > 0 ? { ...prev, ...next } : prev;
}
