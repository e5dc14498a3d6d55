// The recorder's write side, loaded on the first flush: credential removal, one transaction per batch, the bounds.
import { done, EMPTY_TOTALS, FRAMES, META, rowCount, rowNewest, type StoredRow, type Totals } from './recorder-db.ts';

export interface RecorderLimits {
  maxAgeMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: RecorderLimits = { maxAgeMs: 24 * 3600_000, maxBytes: 50 * 1024 * 1024 };
const LIMITS_KEY = 'octoprint-live.recording-limits';

/** Field names whose values are credentials: dropped before a frame is stored, wherever they are nested. */
const SECRET =
  /^(api[-_]?key|x-api-key|session|session[-_]?id|token|access[-_]?token|password|passwd|secret|csrf[-_]?token|remember[-_]?me)$/i;

/** Any of those names as a JSON key: only a frame that has one pays for the walk that removes it. */
const SECRET_KEY =
  /"(api[-_]?key|x-api-key|session|session[-_]?id|token|access[-_]?token|password|passwd|secret|csrf[-_]?token|remember[-_]?me)"\s*:/i;

const strip = (value: unknown): string =>
  JSON.stringify(value, (k, v: unknown) => (SECRET.test(k) ? undefined : v)) ?? 'null';

/** The frame as a JSON line with every credential field removed. */
export function redactedLine(raw: unknown): string {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return JSON.stringify(raw);
    }
  }
  const plain = JSON.stringify(value) ?? 'null';
  return SECRET_KEY.test(plain) ? strip(value) : plain;
}

/** A frame's line with every credential field removed: `json` is the JSON text the recorder made of it, unless
 * `asText` (it arrived as text, which may not be JSON). Only a frame naming a credential field is parsed again. */
export function redactedText(json: string, asText: boolean): string {
  if (asText) return redactedLine(json);
  return SECRET_KEY.test(json) ? strip(JSON.parse(json)) : json;
}

/** The messages of a SockJS data frame (`a[…]` or `m…`) as lines, as sockjs-client hands them over: none when its
 * JSON is bad (the library drops such a frame too). */
export function sockjsLines(text: string): string[] {
  let payload: unknown;
  try {
    payload = JSON.parse(text.slice(1));
  } catch {
    return [];
  }
  if (text[0] === 'm') return [redactedLine(payload)];
  return Array.isArray(payload) ? payload.map((p) => redactedLine(p)) : [];
}

/** A kept frame as lines: one, or a SockJS frame's messages. */
function framesOf(text: string, kind: FrameKind | undefined): string[] {
  if (kind === 'sockjs') return sockjsLines(text);
  return [redactedText(text, kind === 'text')];
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadLimits(storage: Pick<Storage, 'getItem'> | null = safeStorage()): RecorderLimits {
  try {
    const v = JSON.parse(storage?.getItem(LIMITS_KEY) ?? 'null') as Partial<RecorderLimits> | null;
    const age = Number(v?.maxAgeMs);
    const bytes = Number(v?.maxBytes);
    return { maxAgeMs: age > 0 ? age : DEFAULT_LIMITS.maxAgeMs, maxBytes: bytes > 0 ? bytes : DEFAULT_LIMITS.maxBytes };
  } catch {
    return DEFAULT_LIMITS;
  }
}

export function saveLimits(limits: RecorderLimits, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  storage?.setItem(LIMITS_KEY, JSON.stringify(limits));
}

/** Deletes the oldest rows until both bounds hold; ids grow with receive order, so the cursor starts at the oldest. */
function prune(frames: IDBObjectStore, meta: IDBObjectStore, totals: Totals, maxBytes: number, cutoff: number): void {
  const cursor = frames.openCursor();
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (c) {
      const row = c.value as StoredRow;
      if (totals.bytes > maxBytes || rowNewest(row) < cutoff) {
        c.delete();
        totals.bytes -= row.n;
        totals.count -= rowCount(row);
        c.continue();
        return;
      }
      totals.oldest = row.t;
    } else totals.oldest = totals.newest = totals.bytes = totals.count = 0;
    meta.put({ ...totals }, 'totals');
  };
}

/** How a frame's text was kept: JSON the recorder made of a parsed message, a message that arrived as text, or a
 * SockJS data frame as it came (its messages are split out here, off the page's hot path). */
export type FrameKind = 'json' | 'text' | 'sockjs';

/** Frames gathered since the last write, side by side: receive time, text, and how the text was kept. */
export interface Batch {
  times: number[];
  json: string[];
  kind: FrameKind[];
}

/** The batch as stored rows, each at most an eighth of the byte bound (the bound drops a row at a time) or 256 KB. */
export function batchRows(server: string, batch: Batch, maxBytes: number): StoredRow[] {
  const most = Math.min(256 * 1024, maxBytes / 8);
  const rows: StoredRow[] = [];
  let lines: string[] = [];
  let ts: number[] = [];
  let n = 0;
  const close = () => {
    if (ts.length) rows.push({ s: server, t: ts[0] as number, j: lines.join('\n'), n, ts });
    lines = [];
    ts = [];
    n = 0;
  };
  batch.json.forEach((text, i) => {
    for (const j of framesOf(text, batch.kind[i])) {
      if (n > 0 && n + j.length + 40 > most) close();
      lines.push(j);
      ts.push(batch.times[i] as number);
      n += j.length + 40;
    }
  });
  close();
  return rows;
}

/** Writes one batch in one transaction; resolves with the new totals. */
export async function writeBatch(
  db: IDBDatabase,
  server: string,
  batch: Batch,
  limits: RecorderLimits,
  now: number,
): Promise<Totals> {
  const tx = db.transaction([FRAMES, META], 'readwrite');
  const frames = tx.objectStore(FRAMES);
  const meta = tx.objectStore(META);
  const rows = batchRows(server, batch, limits.maxBytes);
  let totals: Totals = EMPTY_TOTALS;
  let failure: unknown = null;
  // The totals are read inside the transaction: other tabs and printers write to the same database.
  const get = meta.get('totals');
  get.onsuccess = () => {
    try {
      add();
    } catch (err) {
      // A full disk may refuse the add itself: the whole batch is rolled back and the error says why.
      failure = err;
      tx.abort();
    }
  };
  const add = () => {
    totals = { ...EMPTY_TOTALS, ...(get.result as Totals | undefined) };
    for (const row of rows) {
      frames.add(row);
      totals.bytes += row.n;
      totals.count += rowCount(row);
      totals.newest = rowNewest(row);
      if (!totals.oldest) totals.oldest = row.t;
    }
    meta.put({ ...totals }, 'totals');
    const cutoff = now - limits.maxAgeMs;
    if (totals.bytes > limits.maxBytes || totals.oldest < cutoff) prune(frames, meta, totals, limits.maxBytes, cutoff);
  };
  await done(tx).catch((err: unknown) => {
    throw failure ?? err;
  });
  return totals;
}
