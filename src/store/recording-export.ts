// Builds a recording file from what IndexedDB holds for one server: pick the span, write the header, gzip it.
import { headerLine, type RecordingHeader } from '../octoprint/recording/format.ts';
import type { MessageId } from '../shared/i18n.ts';
import { FRAMES, rowFrames, type FrameRow, type StoredRow } from './recorder-db.ts';

export type Span = 'last10m' | 'last1h' | 'print' | 'all';

export const SPANS: { id: Span; label: MessageId }[] = [
  { id: 'last10m', label: 'span.last10m' },
  { id: 'last1h', label: 'span.last1h' },
  { id: 'print', label: 'span.print' },
  { id: 'all', label: 'span.all' },
];

export const APP_ID = 'octoprint-live-dashboard/0.1.0';

/** Every frame of one server, oldest first (a batch written on a page being hidden may sit after a later one). */
export function readFrames(db: IDBDatabase, server: string): Promise<FrameRow[]> {
  return new Promise((resolve, reject) => {
    const stored: StoredRow[] = [];
    const req = db.transaction(FRAMES).objectStore(FRAMES).openCursor();
    req.onsuccess = () => {
      const c = req.result;
      if (c) {
        const row = c.value as StoredRow;
        if (row.s === server) stored.push(row);
        c.continue();
        return;
      }
      // Batches never overlap in time: ordered by their first frames, their frames are in order.
      stored.sort((a, b) => a.t - b.t);
      const rows: FrameRow[] = [];
      for (const row of stored) for (const f of rowFrames(row)) rows.push(f);
      resolve(rows);
    };
    req.onerror = () => reject(req.error ?? new Error('could not read the recording'));
  });
}

const PRINT_END = /"type":"(PrintDone|PrintFailed|PrintCancelled)"/;

/** The frames of the span; a print runs from its last PrintStarted to the print's end (or the newest frame). */
export function selectSpan(rows: readonly FrameRow[], span: Span, now: number): FrameRow[] {
  if (span === 'all') return [...rows];
  if (span === 'last10m' || span === 'last1h') {
    const from = now - (span === 'last10m' ? 10 : 60) * 60_000;
    return rows.filter((r) => r.t >= from);
  }
  let start = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if ((rows[i] as FrameRow).j.includes('"type":"PrintStarted"')) {
      start = i;
      break;
    }
  }
  if (start < 0) return [];
  let end = rows.length;
  for (let i = start + 1; i < rows.length; i++) {
    if (PRINT_END.test((rows[i] as FrameRow).j)) {
      end = i + 1;
      break;
    }
  }
  // The hello before the print tells a replay which server and version it was; it is small.
  const hello = rows.slice(0, start).findLast((r) => r.j.startsWith('{"connected"'));
  return [...(hello ? [hello] : []), ...rows.slice(start, end)];
}

function serverFacts(
  rows: readonly FrameRow[],
): Pick<RecordingHeader, 'octoprintVersion' | 'pluginHash' | 'configHash'> {
  const hello = rows.findLast((r) => r.j.startsWith('{"connected"'));
  try {
    const c = (JSON.parse(hello?.j ?? '{}') as { connected?: Record<string, unknown> }).connected ?? {};
    const s = (v: unknown) => (typeof v === 'string' ? v : null);
    return { octoprintVersion: s(c.version), pluginHash: s(c.plugin_hash), configHash: s(c.config_hash) };
  } catch {
    return { octoprintVersion: null, pluginHash: null, configHash: null };
  }
}

/** The recording's text: the header, then one line per frame (the stored lines are already free of credentials). */
export function recordingText(rows: readonly FrameRow[], server: string, span: Span): string {
  const header = headerLine({
    server,
    ...serverFacts(rows),
    start: rows[0]?.t ?? 0,
    end: rows[rows.length - 1]?.t ?? 0,
    span,
    messages: rows.length,
    app: APP_ID,
  });
  const out = [header];
  for (const r of rows) out.push(`{"t":${r.t},"m":${r.j}}`);
  return `${out.join('\n')}\n`;
}

/** gzip through the browser's CompressionStream. */
export function gzipText(text: string): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

export function recordingFileName(server: string, start: number): string {
  const host =
    server
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[^a-zA-Z0-9.-]+/g, '-')
      .replace(/^-|-$/g, '') || 'printer';
  const when = new Date(start).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `recording-${host}-${when}.jsonl.gz`;
}
