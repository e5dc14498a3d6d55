// The recording's IndexedDB: one store of frames (server, receive time, JSON line) and the running totals.

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
