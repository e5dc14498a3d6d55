// The printer's local file storage: uploaded G-code (and models for slicing), analysis and print statistics.
import { createHash } from 'node:crypto';
import { analyse, builtInGcode, type GcodeAnalysis } from './gcode-analysis.ts';

export interface StoredFile {
  name: string;
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

export const BUILT_IN_FILE = 'mock_print.gcode';

export class FileStore {
  readonly files = new Map<string, StoredFile>();

  constructor(private readonly now: () => number) {}

  add(path: string, content: string, user: string, duration?: number): StoredFile {
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
  }
}

/** The file entry OctoPrint lists in /api/files and returns from /api/files/local/<path>. */
export function fileEntry(f: StoredFile, base: string): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    date: f.date,
    display: f.name,
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
