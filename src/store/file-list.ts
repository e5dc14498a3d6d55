// OctoPrint's file list narrowed from untrusted JSON into a tree per origin, and the files panel's sort, folders and search.
import type { FileEntry, FilesState } from './files-store.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function filament(analysis: Record<string, unknown> | null): number | null {
  const f = analysis?.filament;
  if (typeof f !== 'object' || f === null) return null;
  let total = 0;
  let any = false;
  for (const [k, v] of Object.entries(f as Record<string, unknown>)) {
    const len = typeof v === 'object' && v !== null ? num((v as Record<string, unknown>).length) : null;
    if (k.startsWith('tool') && len !== null) {
      total += len;
      any = true;
    }
  }
  return any ? total : null;
}

export function narrowFile(raw: unknown, depth = 0): FileEntry | null {
  if (typeof raw !== 'object' || raw === null || depth > 32) return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.name !== 'string' || typeof o.path !== 'string') return null;
  const origin = o.origin === 'sdcard' ? 'sdcard' : 'local';
  const type = o.type === 'folder' || o.type === 'machinecode' || o.type === 'model' ? o.type : 'other';
  const analysis =
    typeof o.gcodeAnalysis === 'object' && o.gcodeAnalysis !== null
      ? (o.gcodeAnalysis as Record<string, unknown>)
      : null;
  const children = Array.isArray(o.children)
    ? o.children.map((c) => narrowFile(c, depth + 1)).filter((c): c is FileEntry => c !== null)
    : [];
  return {
    name: o.name,
    display: typeof o.display === 'string' ? o.display : o.name,
    path: o.path,
    origin,
    type,
    size: num(o.size),
    date: num(o.date),
    estimatedPrintTime: num(analysis?.estimatedPrintTime),
    filamentMm: filament(analysis),
    children,
  };
}

export function narrowFileList(raw: unknown): Pick<FilesState, 'files' | 'free'> {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const files = Array.isArray(o.files)
    ? o.files.map((f) => narrowFile(f)).filter((f): f is FileEntry => f !== null)
    : [];
  return { files, free: num(o.free) };
}

export type SortKey = 'name' | 'date' | 'size';

/** Folders first, then by the key (newest and largest first for date and size). */
export function sortFiles(files: readonly FileEntry[], key: SortKey): FileEntry[] {
  return [...files].sort((a, b) => {
    if ((a.type === 'folder') !== (b.type === 'folder')) return a.type === 'folder' ? -1 : 1;
    if (key === 'date' && a.date !== b.date) return (b.date ?? 0) - (a.date ?? 0);
    if (key === 'size' && a.size !== b.size) return (b.size ?? 0) - (a.size ?? 0);
    return a.display.localeCompare(b.display, undefined, { numeric: true, sensitivity: 'base' });
  });
}

/** The entries of one folder ('' = root) of an origin. */
export function folderEntries(files: readonly FileEntry[], origin: string, folder: string): readonly FileEntry[] {
  let level = files.filter((f) => f.origin === origin);
  if (folder === '') return level;
  for (const part of folder.split('/')) {
    const next = level.find((f) => f.type === 'folder' && f.name === part);
    if (!next) return [];
    level = [...next.children];
  }
  return level;
}

/** Every non-folder file of an origin whose name contains the query (case-insensitive). */
export function searchFiles(files: readonly FileEntry[], origin: string, query: string): FileEntry[] {
  const q = query.toLowerCase();
  const out: FileEntry[] = [];
  const walk = (list: readonly FileEntry[]) => {
    for (const f of list) {
      if (f.type === 'folder') walk(f.children);
      else if (f.display.toLowerCase().includes(q) || f.path.toLowerCase().includes(q)) out.push(f);
    }
  };
  walk(files.filter((f) => f.origin === origin));
  return out;
}
