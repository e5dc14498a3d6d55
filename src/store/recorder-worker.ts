// The recorder's writer in a worker: each batch's IndexedDB transaction, its events and the bounds run off the page's
// main thread, which only posts the batch (a few strings) every few seconds and gets the new totals back.
import { openRecordingDb, type Totals } from './recorder-db.ts';
import { writeBatch, type Batch, type RecorderLimits } from './recorder-write.ts';

export interface WriteRequest {
  id: number;
  server: string;
  batch: Batch;
  limits: RecorderLimits;
  now: number;
}

export type WriteReply = { id: number; totals: Totals } | { id: number; error: { name: string; message: string } };

/** Writes requests one after another (their rows keep the order they were posted in). */
export function createWriteHandler(open: () => Promise<IDBDatabase> = () => openRecordingDb()) {
  let dbp: Promise<IDBDatabase> | null = null;
  let chain: Promise<void> = Promise.resolve();
  return (req: WriteRequest, reply: (r: WriteReply) => void): Promise<void> =>
    (chain = chain.then(async () => {
      try {
        const totals = await writeBatch(await (dbp ??= open()), req.server, req.batch, req.limits, req.now);
        reply({ id: req.id, totals });
      } catch (err) {
        const e = err as { name?: unknown; message?: unknown } | null;
        reply({ id: req.id, error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? err) } });
      }
    }));
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<WriteRequest>) => void) | null;
  postMessage(r: WriteReply): void;
}

// Only in a worker (no document): as a module imported by a test it does nothing on import.
if (typeof document === 'undefined' && typeof self !== 'undefined' && 'postMessage' in self) {
  const scope = self as unknown as WorkerScope;
  const handle = createWriteHandler();
  scope.onmessage = (e) => void handle(e.data, (r) => scope.postMessage(r));
}
