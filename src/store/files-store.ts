// The file list's store and shape (OctoPrint's /api/files?recursive=true, a tree per origin); the narrowing and the
// panel's sorting live in file-list.ts, loaded with the first list.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Words } from '../shared/i18n.ts';

export interface FileEntry {
  name: string;
  /** Display name; untrusted text, rendered as text only. */
  display: string;
  path: string;
  origin: 'local' | 'sdcard';
  type: 'folder' | 'machinecode' | 'model' | 'other';
  size: number | null;
  date: number | null;
  estimatedPrintTime: number | null;
  /** Total filament length over all tools, in mm. */
  filamentMm: number | null;
  children: readonly FileEntry[];
}

export interface FilesState {
  status: 'idle' | 'loading' | 'loaded' | 'failed';
  /** Why the list could not be read, worded when shown. */
  error: Words | null;
  files: readonly FileEntry[];
  free: number | null;
}

export type FilesStore = StoreApi<FilesState>;

export function createFilesStore(): FilesStore {
  return createStore<FilesState>()(() => ({ status: 'idle', error: null, files: [], free: null }));
}
