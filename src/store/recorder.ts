// Records every push frame a server sends, with its receive time: the hot path only keeps a reference; a batch every
// few seconds goes to IndexedDB in an idle callback, through a module loaded on the first write (recorder-write.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../shared/i18n.ts';

export interface RecorderStatus {
  bytes: number;
  count: number;
  /** Receive time of the oldest and newest frame kept; 0 when none. */
  oldest: number;
  newest: number;
  /** Why recording stopped (full storage, no IndexedDB), shown as a notice; null while recording. */
  stopped: string | null;
}

export interface Recorder {
  readonly server: string;
  readonly status: StoreApi<RecorderStatus>;
  /** The socket's tap: keeps a reference and the time, nothing more, on the hot path. */
  note(raw: unknown): void;
  /** Writes what is waiting now (before an export, on page hide). */
  flush(): Promise<void>;
  db(): Promise<IDBDatabase>;
  /** Writes what is waiting and stops listening for the page being hidden. */
  close(): Promise<void>;
}

interface RecorderOptions {
  factory?: IDBFactory;
  /** How long frames gather before one transaction writes them all. */
  flushMs?: number;
  now?: () => number;
}

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 0);

export function createRecorder(server: string, opts: RecorderOptions = {}): Recorder {
  // One transaction per 5 s: IndexedDB's fixed cost per transaction is most of what recording costs the page.
  const { flushMs = 5000, now = Date.now } = opts;
  const status = createStore<RecorderStatus>(() => ({ bytes: 0, count: 0, oldest: 0, newest: 0, stopped: null }));
  let pending: [number, unknown][] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let dbp: Promise<IDBDatabase> | null = null;
  const db = () => (dbp ??= import('./recorder-db.ts').then((m) => m.openRecordingDb(opts.factory)));

  const stop = (err: unknown) => {
    pending = [];
    status.setState({
      stopped:
        (err as { name?: string } | null)?.name === 'QuotaExceededError'
          ? t('recorder.full')
          : t('recorder.stopped', { error: String(err) }),
    });
  };

  const write = async (batch: [number, unknown][]) => {
    const [w, d] = await Promise.all([import('./recorder-write.ts'), db()]);
    status.setState(await w.writeBatch(d, server, batch, w.loadLimits(), now()));
  };

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = [];
    if (batch.length > 0) writing = writing.then(() => write(batch)).catch(stop);
    return writing;
  }

  // A page being closed or hidden (a phone locking) writes what it has: at most one batch is ever at risk.
  const onHide = () => void flush();
  let listening = false;

  return {
    server,
    status,
    note(raw) {
      if (status.getState().stopped) return;
      pending.push([now(), raw]);
      if (!listening) globalThis.addEventListener?.('pagehide', onHide);
      listening = true;
      timer ??= setTimeout(() => idle(() => void flush()), flushMs);
    },
    flush,
    db,
    close() {
      globalThis.removeEventListener?.('pagehide', onHide);
      listening = false;
      return flush();
    },
  };
}
