// The page's side of the recorder's worker: posts a batch, resolves with the totals the worker wrote. One worker for
// every recorder of the page (a farm's printers too); null where a worker cannot run, and the page writes itself.
import type { Totals } from './recorder-db.ts';
import type { WriteReply, WriteRequest } from './recorder-worker.ts';

export interface WorkerLike {
  postMessage(req: WriteRequest): void;
  onmessage: ((e: MessageEvent<WriteReply>) => void) | null;
  onerror: ((e: Event) => void) | null;
}

/** The worker could not run (its script failed to load, say): the batch is written on the page instead. */
export class WriterGone extends Error {
  override name = 'WriterGone';
}

export interface Writer {
  write(req: Omit<WriteRequest, 'id'>): Promise<Totals>;
}

export function createWriter(worker: WorkerLike): Writer {
  let next = 1;
  let gone = false;
  const waiting = new Map<number, { resolve: (t: Totals) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e) => {
    const r = e.data;
    const w = waiting.get(r.id);
    waiting.delete(r.id);
    if (!w) return;
    if ('totals' in r) w.resolve(r.totals);
    else w.reject(Object.assign(new Error(r.error.message), { name: r.error.name }));
  };
  worker.onerror = () => {
    gone = true;
    for (const w of waiting.values()) w.reject(new WriterGone('the recording worker stopped'));
    waiting.clear();
  };
  return {
    write(req) {
      if (gone) return Promise.reject(new WriterGone('the recording worker stopped'));
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, ...req });
      });
    },
  };
}

let shared: Writer | null | undefined;
/** The page's one writer, started on the first batch; null without module workers. */
export function pageWriter(): Writer | null {
  if (shared !== undefined) return shared;
  try {
    shared =
      typeof Worker === 'function' && typeof document !== 'undefined'
        ? createWriter(
            new Worker(new URL('./recorder-worker.ts', import.meta.url), {
              type: 'module',
              name: 'recorder',
            }) as unknown as WorkerLike,
          )
        : null;
  } catch {
    shared = null;
  }
  return shared;
}
