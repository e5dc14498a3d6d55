// The printer's file storage: local files (uploaded G-code, models for slicing) in folders, with analysis and print
// statistics, and the SD card (8.3 names as the firmware lists them); entries in OctoPrint 1.11's /api/files shapes.
import { createHash } from 'node:crypto';
import { analyse, builtInGcode, type GcodeAnalysis } from './gcode-analysis.ts';

export interface StoredFile {
  name: string;
  /** The name as uploaded, which OctoPrint keeps for display when it had to strip characters from `name`. */
  display?: string;
  path: string;
  size: number;
  date: number;
  hash: string;
  user: string;
  kind: 'machinecode' | 'model';
  lines: string[];
  /** Byte offset where each line ends (for filepos). */
  lineEnds: number[];
  analysis: GcodeAnalysis | null;
  prints: { success: number; failure: number; last: { date: number; success: boolean; printTime?: number } | null };
  /** Printer seconds this file takes to print (the analysis estimate). */
  duration: number;
}

/** A file on the printer's SD card: `name` is its 8.3 name, `display` the long name OctoPrint shows. */
export interface SdFile {
  name: string;
  display: string;
  size: number;
}

export const BUILT_IN_FILE = 'mock_print.gcode';

// eslint-disable-next-line no-control-regex -- control characters are among those dropped
const UNSAFE_CHARS = /[:*?"<>|\x00-\x1f\x7f]/g;

/**
 * A file name as OctoPrint 1.11 stores it (octoprint.util.files.sanitize_filename: pathvalidate drops the characters
 * no file system allows, and a leading dot goes); null for a name with a path separator, which it refuses.
 */
export function sanitizeFilename(name: string): string | null {
  if (/[/\\]/.test(name)) return null;
  return name.replace(UNSAFE_CHARS, '').replace(/^\./, '').trim();
}

/** The folder holding `path` ('' = the root). */
export const parentOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** A storage path from user input, without leading or trailing slashes; null when a segment is empty, . or .. . */
export function cleanPath(raw: string): string | null {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  const parts = trimmed.split('/');
  return parts.some((p) => p === '' || p === '.' || p === '..') ? null : parts.join('/');
}

/** OctoPrint's util.get_dos_filename: a lower-case 8.3 name not colliding with `existing` (name~N when too long). */
export function dosName(input: string, existing: readonly string[]): string {
  // OctoPrint first makes the name ASCII (safe characters only), then 8.3.
  const ascii = input.normalize('NFKD').replace(/[^\w\-.()[\] ]/g, '');
  const dot = ascii.lastIndexOf('.');
  const valid = (t: string) =>
    t
      .replace(/[."/\\[\]:;=,]/g, '')
      .replace(/\s+/g, '_')
      .toLowerCase();
  const base = valid(dot > 0 ? ascii.slice(0, dot) : ascii);
  let ext = valid(dot > 0 ? ascii.slice(dot + 1) : '');
  ext = ['gco', 'g'].includes(ext) ? ext : 'gco';
  const full = (b: string) => `${b}.${ext}`;
  if (base.length <= 8 && !existing.includes(full(base))) return full(base);
  for (let n = 1, power = 1; n < 100; n++) {
    if (n >= 10 ** power) power++;
    const candidate = full(`${base.slice(0, 6 - power + 1)}~${n}`);
    if (!existing.includes(candidate)) return candidate;
  }
  throw new Error("Can't create a collision free filename");
}

export class FileStore {
  readonly files = new Map<string, StoredFile>();
  /** Local folders by path; a file's folders exist as long as they are not deleted (as directories on disk). */
  readonly folders = new Set<string>();
  /** The SD card's files by 8.3 name. */
  readonly sd = new Map<string, SdFile>();

  constructor(private readonly now: () => number) {}

  /** Creates the folder and its parents; false when a file has that path. */
  addFolder(path: string): boolean {
    if (this.files.has(path)) return false;
    for (let p = path; p !== ''; p = parentOf(p)) this.folders.add(p);
    return true;
  }

  /** Removes a folder with everything in it; the paths of the files removed. */
  removeFolder(path: string): string[] {
    const inside = (p: string) => p === path || p.startsWith(`${path}/`);
    for (const f of [...this.folders]) if (inside(f)) this.folders.delete(f);
    const removed = [...this.files.keys()].filter(inside);
    for (const p of removed) this.files.delete(p);
    return removed;
  }

  /** The 8.3 name OctoPrint gives a file it streams to the SD card (the file appears once the transfer is done). */
  sdNameFor(display: string): string {
    return dosName(display, [...this.sd.keys()]);
  }

  add(path: string, content: string, user: string, duration?: number, display?: string): StoredFile {
    if (parentOf(path)) this.addFolder(parentOf(path));
    const kind = /\.(gcode|gco|g)$/i.test(path) ? 'machinecode' : 'model';
    const lines = content.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    const lineEnds: number[] = [];
    let pos = 0;
    for (const l of lines) {
      pos += Buffer.byteLength(l) + 1;
      lineEnds.push(pos);
    }
    const analysis = kind === 'machinecode' ? analyse(lines, duration) : null;
    const file: StoredFile = {
      name: path.split('/').at(-1) ?? path,
      ...(display ? { display } : {}),
      path,
      size: Buffer.byteLength(content),
      date: Math.floor(this.now() / 1000),
      hash: createHash('sha1').update(content).digest('hex'),
      user,
      kind,
      lines,
      lineEnds,
      analysis,
      prints: { success: 0, failure: 0, last: null },
      duration: analysis?.estimatedPrintTime ?? 0,
    };
    this.files.set(path, file);
    return file;
  }

  /** The built-in print, created on demand, with an optional print duration in printer seconds. */
  builtIn(duration?: number): StoredFile {
    const existing = this.files.get(BUILT_IN_FILE);
    if (existing && duration === undefined) return existing;
    return this.add(BUILT_IN_FILE, builtInGcode(), '_api', duration);
  }

  get(path: string): StoredFile | undefined {
    return this.files.get(path);
  }

  remove(path: string): boolean {
    return this.files.delete(path);
  }

  clear(): void {
    this.files.clear();
    this.folders.clear();
    this.sd.clear();
  }
}

/** The file entry OctoPrint lists in /api/files and returns from /api/files/local/<path>. */
export function fileEntry(f: StoredFile, base: string): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    date: f.date,
    display: f.display ?? f.name,
    hash: f.hash,
    name: f.name,
    origin: 'local',
    path: f.path,
    refs: {
      download: `${base}/downloads/files/local/${f.path}`,
      resource: `${base}/api/files/local/${f.path}`,
    },
    size: f.size,
    type: f.kind,
    typePath: f.kind === 'machinecode' ? ['machinecode', 'gcode'] : ['model', 'stl'],
    user: f.user,
  };
  if (f.analysis) entry.gcodeAnalysis = f.analysis;
  if (f.prints.last) {
    entry.prints = f.prints;
    entry.statistics = {
      averagePrintTime: f.prints.last.printTime !== undefined ? { _default: f.prints.last.printTime } : {},
      lastPrintTime: f.prints.last.printTime !== undefined ? { _default: f.prints.last.printTime } : {},
    };
  }
  return entry;
}

/**
 * A local folder's entry; `depth` levels of children are listed (Infinity for ?recursive=true, which also adds the
 * folder's size, the sum of its children's, as OctoPrint's storage does; without it, one level without sizes).
 */
export function folderEntry(store: FileStore, path: string, base: string, depth: number): Record<string, unknown> {
  const name = path.split('/').at(-1) ?? path;
  const children = depth > 0 ? localEntries(store, path, base, depth - 1) : null;
  const size =
    depth === Infinity && children
      ? children.reduce((sum, c) => sum + (typeof c.size === 'number' ? c.size : 0), 0)
      : null;
  return {
    ...(children ? { children } : {}),
    display: name,
    name,
    origin: 'local',
    path,
    refs: { resource: `${base}/api/files/local/${path}` },
    ...(size !== null ? { size } : {}),
    type: 'folder',
    typePath: ['folder'],
  };
}

/** The entries of a local folder ('' = the root): its folders (with `depth` levels of children) and files. */
export function localEntries(store: FileStore, folder: string, base: string, depth: number): Record<string, unknown>[] {
  const folders = [...store.folders]
    .filter((p) => parentOf(p) === folder)
    .map((p) => folderEntry(store, p, base, depth));
  const files = [...store.files.values()].filter((f) => parentOf(f.path) === folder).map((f) => fileEntry(f, base));
  return [...folders, ...files];
}

/** An SD card file's entry: no date, hash or download, as OctoPrint lists what the firmware reports. */
export function sdEntry(f: SdFile, base: string): Record<string, unknown> {
  return {
    display: f.display,
    name: f.name,
    origin: 'sdcard',
    path: f.name,
    refs: { resource: `${base}/api/files/sdcard/${f.name}` },
    size: f.size,
    type: 'machinecode',
    typePath: ['machinecode', 'gcode'],
  };
}
