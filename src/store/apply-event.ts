// Push `event` and `slicingProgress` messages into the activity store: feed, toasts, slicing; and the link's notes.
import type { EventPayload, SlicingProgressPayload } from '../octoprint/types.ts';
import { t } from '../shared/i18n.ts';
import { addFeed, addToast, type ActivityStore, type SlicingJob, type SlicingStatus } from './activity-store.ts';
import type { EventDescription } from './describe-event.ts';

/** Events that come many times a print and say nothing a person needs in a feed. */
const NOISE = new Set([
  'ZChange',
  'PositionUpdate',
  'ChartMarked',
  'MetadataStatisticsUpdated',
  'UpdatedFiles',
  'ConnectionsAutorefreshed',
]);
const SLICING_CLOSE: Record<string, SlicingStatus> = {
  SlicingDone: 'done',
  SlicingFailed: 'failed',
  SlicingCancelled: 'cancelled',
};
/** Finished slicing jobs stay listed (closed) so the result can be read; older ones go. */
const SLICING_KEEP_FINISHED = 3;

type Words = typeof import('./describe-event.ts');
/** The event words (describe-event.ts and event-words.ts): their own chunk, out of the page's first script. */
let words: Words | null = null;
let loading: Promise<void> | null = null;
/** Events that came before the words: described in order once they load. */
const waiting: { store: ActivityStore; ev: EventPayload; now: number }[] = [];

/**
 * Loads the event words; the page asks when it is first idle (connect-dashboard.ts), the first event asks too. A
 * failed load (a dropped link, a new build's chunks) is tried again by the next event; the events waiting meanwhile
 * go to the feed by their name rather than wait for words that may never come.
 */
export function loadEventWords(): Promise<void> {
  loading ??= import('./describe-event.ts').then(
    (m) => {
      words = m;
      drain();
    },
    () => {
      loading = null;
      drain();
    },
  );
  return loading;
}

function drain(): void {
  for (const w of waiting.splice(0)) describeInto(w.store, w.ev, w.now);
}

/** An event by its name alone, while its words could not be loaded. */
const byName = (ev: EventPayload): EventDescription => ({ category: 'other', text: ev.type });

export function applyEvent(store: ActivityStore, ev: EventPayload, now: number): void {
  if (NOISE.has(ev.type)) return;
  if (words) describeInto(store, ev, now);
  else {
    waiting.push({ store, ev, now });
    void loadEventWords();
  }
  if (ev.type === 'SlicingStarted') startSlicing(store, ev);
  const close = SLICING_CLOSE[ev.type];
  if (close) closeSlicing(store, ev, close);
}

function describeInto(store: ActivityStore, ev: EventPayload, now: number): void {
  const describe = () => (words ? words.describeEvent(ev) : byName(ev));
  const d = describe();
  // The words come from the event each time the language changes; the category and the toast's kind do not.
  addFeed(store, { at: now, type: ev.type, category: d.category, text: () => describe().text });
  if (d.toast) {
    const toast = () => describe().toast ?? d.toast;
    addToast(store, {
      at: now,
      kind: d.toast.kind,
      title: () => toast()?.title ?? '',
      body: () => toast()?.body ?? '',
    });
  }
}

function field(p: Record<string, unknown> | null, key: string): string {
  const v = p?.[key];
  return typeof v === 'string' ? v : '';
}

function upsert(list: SlicingJob[], job: SlicingJob): SlicingJob[] {
  const i = list.findIndex((j) => j.key === job.key && j.status === 'running');
  if (i < 0) return [...list, job];
  const out = list.slice();
  out[i] = job;
  return out;
}

function startSlicing(store: ActivityStore, ev: EventPayload): void {
  const p = ev.payload;
  const key = field(p, 'stl');
  if (!key) return;
  store.setState((s) => ({
    slicing: upsert(s.slicing, {
      key,
      source: key,
      dest: field(p, 'gcode'),
      slicer: field(p, 'slicer'),
      progress: 0,
      status: 'running',
      detail: '',
    }),
  }));
}

export function applySlicingProgress(store: ActivityStore, sp: SlicingProgressPayload): void {
  const key = sp.source_path;
  if (!key) return;
  const progress = Math.max(0, Math.min(100, Math.round(sp.progress * 10) / 10));
  const old = store.getState().slicing.find((j) => j.key === key && j.status === 'running');
  if (old && old.progress === progress) return;
  store.setState((s) => ({
    slicing: upsert(s.slicing, {
      key,
      source: key,
      dest: sp.dest_path,
      slicer: sp.slicer,
      progress,
      status: 'running',
      detail: '',
    }),
  }));
}

function closeSlicing(store: ActivityStore, ev: EventPayload, status: SlicingStatus): void {
  const p = ev.payload;
  const key = field(p, 'stl');
  const detail = status === 'failed' ? field(p, 'reason') : '';
  store.setState((s) => {
    const i = s.slicing.findIndex((j) => j.status === 'running' && (j.key === key || !key));
    if (i < 0) return s;
    const job = s.slicing[i] as SlicingJob;
    const closed: SlicingJob = { ...job, status, detail, progress: status === 'done' ? 100 : job.progress };
    const list = s.slicing.slice();
    list[i] = closed;
    const finished = list.filter((j) => j.status !== 'running');
    const drop = new Set(finished.slice(0, Math.max(0, finished.length - SLICING_KEEP_FINISHED)));
    return { slicing: list.filter((j) => !drop.has(j)) };
  });
}

/** Socket states in which the link is down: what follows a lost link until it is back. */
const DOWN = new Set(['backoff', 'closed', 'auth-failed', 'connecting', 'open']);

/**
 * Link changes a person should find in the feed: the push socket lost, and back. Logging in again on the open socket
 * (after `reauthRequired`: ready -> authenticating -> ready) loses nothing and is not noted.
 */
export function linkChangeNotes(store: ActivityStore): (state: string, previous: string, now: number) => void {
  let wasLive = false;
  let lost = false;
  return (state, previous, now) => {
    if (state === previous) return;
    if (state === 'ready') {
      if (lost)
        addFeed(store, {
          at: now,
          type: 'link:back',
          category: 'connection',
          text: () => t('activity.restored'),
        });
      wasLive = true;
      lost = false;
    } else if (DOWN.has(state) && wasLive && !lost) {
      lost = true;
      addFeed(store, { at: now, type: 'link:lost', category: 'connection', text: () => t('activity.lost') });
    }
  };
}
