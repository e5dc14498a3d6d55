// What the controls need from `current`/`history` beyond the dashboard store: all state flags, busy files,
// offsets and the selected file. Written at most once a frame, and only when something changed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BusyFile, StateFlags, StateSnapshot } from '../octoprint/types.ts';

export interface SelectedFile {
  name: string;
  path: string;
  origin: string;
}

export interface PrinterControlState {
  flags: StateFlags;
  /** "origin:path" of files OctoPrint says are in use (printing or being streamed). */
  busyFiles: readonly string[];
  /** Heater ids the server reports offsets for, with their values. */
  offsets: Readonly<Record<string, number>>;
  selected: SelectedFile | null;
}

export type PrinterControlStore = StoreApi<PrinterControlState>;

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

export function createPrinterControlStore(): PrinterControlStore {
  return createStore<PrinterControlState>()(() => ({ flags: noFlags, busyFiles: [], offsets: {}, selected: null }));
}

export const busyKey = (f: BusyFile): string => `${f.origin}:${f.path}`;

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Applies the newest snapshot of a frame; `history` has no busyFiles, so those are kept from the last `current`. */
export function applyControlSnapshot(store: PrinterControlStore, snap: StateSnapshot, isHistory = false): void {
  const prev = store.getState();
  const patch: Partial<PrinterControlState> = {};
  if (
    !sameRecord(
      prev.flags as unknown as Record<string, unknown>,
      snap.state.flags as unknown as Record<string, unknown>,
    )
  ) {
    patch.flags = snap.state.flags;
  }
  if (!isHistory) {
    const busy = snap.busyFiles.map(busyKey).sort();
    if (busy.join('\n') !== prev.busyFiles.join('\n')) patch.busyFiles = busy;
  }
  if (!sameRecord(prev.offsets, snap.offsets)) patch.offsets = { ...snap.offsets };
  const f = snap.job.file;
  const selected = f.path && f.origin ? { name: f.display ?? f.name ?? f.path, path: f.path, origin: f.origin } : null;
  const p = prev.selected;
  if (selected?.path !== p?.path || selected?.origin !== p?.origin || selected?.name !== p?.name)
    patch.selected = selected;
  if (Object.keys(patch).length > 0) store.setState(patch);
}
