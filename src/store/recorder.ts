// Records every push frame a server sends, with its receive time: the hot path only keeps its text; a batch every
// few seconds goes to IndexedDB, written by a worker (recorder-worker.ts) where the page can run one, else on the page
// in an idle callback through a module loaded on the first write (recorder-write.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../shared/i18n.ts';
import { whenIdle } from '../shared/when-idle.ts';
import type { Totals } from './recorder-db.ts';
import type { Batch } from './recorder-write.ts';

const emptyBatch = (): Batch => ({ times: [], json: [], kind: [] });
import type { Writer } from './recorder-writer.ts';

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
  /** The socket's tap: keeps a reference and the time, nothing more, on the hot path; `frame`: a SockJS frame's text. */
  note(raw: unknown, frame?: boolean): void;
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
  /** Who writes the batches: the page's worker by default (none with `factory`, a test's database); null: the page. */
  writer?: Writer | null;
}

/** How long written totals wait for a frame to be shown with before they are shown on their own. */
const SHOW_LATEST_MS = 1000;
/** A batch older than the interval is posted by the frame that finds it so; with no such frame (a link gone quiet)
 * a timer posts it this much later. */
const QUIET_MS = 1000;

export function createRecorder(server: string, opts: RecorderOptions = {}): Recorder {
  // One transaction per 5 s: IndexedDB's fixed cost per transaction is most of what recording costs the page.
  const { flushMs = 5000, now = Date.now } = opts;
  const status = createStore<RecorderStatus>(() => ({ bytes: 0, count: 0, oldest: 0, newest: 0, stopped: null }));
  let pending: Batch = emptyBatch();
  let batchStart = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let dbp: Promise<IDBDatabase> | null = null;
  const db = () => (dbp ??= import('./recorder-db.ts').then((m) => m.openRecordingDb(opts.factory)));

  // Totals written in the background wait for the next frame to be shown: that frame's update is painted anyway,
  // while a change of its own would cost the page a layout and paint of its own every batch.
  let unshown: Totals | null = null;
  let showTimer: ReturnType<typeof setTimeout> | null = null;
  const show = () => {
    if (showTimer) clearTimeout(showTimer);
    showTimer = null;
    if (unshown && !status.getState().stopped) status.setState(unshown);
    unshown = null;
  };

  const stop = (err: unknown) => {
    pending = emptyBatch();
    unshown = null;
    status.setState({
      stopped:
        (err as { name?: string } | null)?.name === 'QuotaExceededError'
          ? t('recorder.full')
          : t('recorder.stopped', { error: String(err) }),
    });
  };

  let writerp: Promise<Writer | null> | null = null;
  const writer = () =>
    (writerp ??=
      opts.writer !== undefined || opts.factory
        ? Promise.resolve(opts.writer ?? null)
        : import('./recorder-writer.ts').then((m) => m.pageWriter()));

  // Imported once and kept: each dynamic import runs Vite's preload helper again, which looks its dependencies up
  // in the document (about half of what a batch cost the page in a CPU profile).
  let writeModule: Promise<typeof import('./recorder-write.ts')> | null = null;
  const write = async (batch: Batch, showNow: boolean, onPage: boolean) => {
    const [w, worker] = await Promise.all([(writeModule ??= import('./recorder-write.ts')), onPage ? null : writer()]);
    // The bounds live in this page's localStorage, which a worker cannot read.
    const limits = w.loadLimits();
    const here = async () => w.writeBatch(await db(), server, batch, limits, now());
    // Writing on the page waits for it to be idle; the worker's post is a few strings, sent at once.
    if (!worker && !onPage && !showNow) await new Promise<void>((resolve) => whenIdle(resolve, 1000));
    unshown = worker
      ? await worker
          .write({ server, batch, limits, now: now() })
          .catch((err: unknown) => ((err as Error).name === 'WriterGone' ? here() : Promise.reject(err)))
      : await here();
    // With no frame coming (a link gone quiet), the totals are shown on their own a little later.
    if (showNow) show();
    else showTimer ??= setTimeout(show, SHOW_LATEST_MS);
  };

  /** Writes what is waiting; `showNow` updates the totals at once (an export or a test waits for them). */
  function writeNow(showNow: boolean): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = emptyBatch();
    if (batch.times.length > 0) writing = writing.then(() => write(batch, showNow, false)).catch(stop);
    else if (showNow) writing = writing.then(show);
    return writing;
  }
  const flush = () => writeNow(true);

  // A page being closed or hidden (a phone locking, a tab put away) writes what it has at once, on the page: a
  // worker may be gone before it gets the batch, and a batch it still writes must not be waited for. Rows are read
  // back in time order, so the two may commit in either order. At most the batch of that moment is at risk.
  const onHide = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = emptyBatch();
    if (batch.times.length === 0) return;
    const now = write(batch, false, true).catch(stop);
    writing = Promise.all([writing, now]).then(() => undefined);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  let listening = false;
  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    globalThis[method]?.('pagehide', onHide);
    if (typeof document !== 'undefined') document[method]('visibilitychange', onVisibility);
    listening = on;
  };

  return {
    server,
    status,
    note(raw, frame = false) {
      if (unshown) show();
      if (status.getState().stopped) return;
      // Kept as text, not as the parsed frame: a frame's objects held for a batch's 5 s outlive the young
      // generation, and moving them to the old one and collecting them there cost more than this one string. A
      // SockJS frame's text is kept as it came; its messages are split out by the writer, off the hot path.
      const asText = typeof raw === 'string';
      const at = now();
      if (pending.times.length === 0) {
        batchStart = at;
        timer ??= setTimeout(() => void writeNow(false), flushMs + QUIET_MS);
      }
      pending.times.push(at);
      pending.json.push(asText ? raw : (JSON.stringify(raw) ?? 'null'));
      pending.kind.push(frame && asText ? 'sockjs' : asText ? 'text' : 'json');
      if (!listening) listen(true);
      // Posted from this frame's own task: a timer and an idle callback were two more tasks on the page per batch.
      if (at - batchStart >= flushMs) void writeNow(false);
    },
    flush,
    db,
    close() {
      listen(false);
      return flush();
    },
  };
}
