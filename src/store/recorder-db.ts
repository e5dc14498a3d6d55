// The recording's IndexedDB: one store of frame batches (server, receive times, JSON lines) and the running totals.

export const RECORDING_DB = 'octoprint-live-recording';
export const FRAMES = 'frames';
export const META = 'meta';

/** One recorded frame: which server, when it arrived (client ms), the frame as a JSON line, its size in bytes. */
export interface FrameRow {
  id?: number;
  s: string;
  t: number;
  j: string;
  n: number;
}

/**
 * One stored row: a batch of one server's frames, written as one value (a row a frame costs IndexedDB a request, a
 * clone and an event each). `t` is the first frame's time, `j` the frames' lines joined by newlines (a JSON line
 * has none of its own), `ts` each frame's time; a row written before batching is a FrameRow, one frame at `t`.
 */
export interface StoredRow extends FrameRow {
  ts?: number[];
}

/** The frames of a stored row, oldest first. */
export function rowFrames(row: StoredRow): FrameRow[] {
  if (!row.ts) return [row];
  const lines = row.j.split('\n');
  return row.ts.map((t, i) => {
    const j = lines[i] ?? 'null';
    return { s: row.s, t, j, n: j.length + 40 };
  });
}

/** How many frames a stored row holds and when its newest arrived. */
export const rowCount = (row: StoredRow): number => row.ts?.length ?? 1;
export const rowNewest = (row: StoredRow): number => row.ts?.at(-1) ?? row.t;

export interface Totals {
  bytes: number;
  count: number;
  /** Receive time of the oldest frame kept; 0 when none. */
  oldest: number;
  newest: number;
}

export const EMPTY_TOTALS: Totals = { bytes: 0, count: 0, oldest: 0, newest: 0 };

/** Opens (and on first use creates) the recording database; rejects when the browser has none. */
export function openRecordingDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    const req = factory.open(RECORDING_DB, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      const frames = db.createObjectStore(FRAMES, { keyPath: 'id', autoIncrement: true });
      frames.createIndex('t', 't');
      db.createObjectStore(META);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB would not open'));
  });
}

/** Resolves when the transaction commits; rejects with its error (QuotaExceededError when the disk is full). */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

export function readTotals(db: IDBDatabase): Promise<Totals> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(META).objectStore(META).get('totals');
    req.onsuccess = () => resolve({ ...EMPTY_TOTALS, ...(req.result as Totals | undefined) });
    req.onerror = () => reject(req.error ?? new Error('could not read the recording totals'));
  });
}
