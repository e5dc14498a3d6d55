// The recorder's write side, loaded on the first flush: credential removal, one transaction per batch, the bounds.
import { done, EMPTY_TOTALS, FRAMES, META, type FrameRow, type Totals } from './recorder-db.ts';

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
  return SECRET_KEY.test(plain)
    ? (JSON.stringify(value, (k, v: unknown) => (SECRET.test(k) ? undefined : v)) ?? 'null')
    : plain;
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

/** Deletes the oldest frames until both bounds hold; ids grow with receive order, so the cursor starts at the oldest. */
function prune(frames: IDBObjectStore, meta: IDBObjectStore, totals: Totals, maxBytes: number, cutoff: number): void {
  const cursor = frames.openCursor();
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (c) {
      const row = c.value as FrameRow;
      if (totals.bytes > maxBytes || row.t < cutoff) {
        c.delete();
        totals.bytes -= row.n;
        totals.count--;
        c.continue();
        return;
      }
      totals.oldest = row.t;
    } else totals.oldest = totals.newest = totals.bytes = totals.count = 0;
    meta.put({ ...totals }, 'totals');
  };
}

/** Writes one batch of [receive time, frame] in one transaction; resolves with the new totals. */
export async function writeBatch(
  db: IDBDatabase,
  server: string,
  batch: readonly [number, unknown][],
  limits: RecorderLimits,
  now: number,
): Promise<Totals> {
  const tx = db.transaction([FRAMES, META], 'readwrite');
  const frames = tx.objectStore(FRAMES);
  const meta = tx.objectStore(META);
  const rows: FrameRow[] = batch.map(([t, raw]) => {
    const j = redactedLine(raw);
    return { s: server, t, j, n: j.length + 40 };
  });
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
      totals.count++;
      totals.newest = row.t;
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
