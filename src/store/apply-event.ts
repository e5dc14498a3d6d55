// Push `event`, `slicingProgress` and `plugin` messages into the activity store: feed, toasts, slicing, prompts.
import type { EventPayload, PluginPayload, SlicingProgressPayload } from '../octoprint/types.ts';
import { t } from '../shared/i18n.ts';
import { addFeed, addToast, newId, type ActivityStore, type SlicingJob, type SlicingStatus } from './activity-store.ts';
import { describeEvent } from './describe-event.ts';

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

export function applyEvent(store: ActivityStore, ev: EventPayload, now: number): void {
  if (NOISE.has(ev.type)) return;
  const d = describeEvent(ev);
  // The words come from the event each time the language changes; the category and the toast's kind do not.
  addFeed(store, { at: now, type: ev.type, category: d.category, text: () => describeEvent(ev).text });
  if (d.toast) {
    const toast = () => describeEvent(ev).toast ?? d.toast;
    addToast(store, {
      at: now,
      kind: d.toast.kind,
      title: () => toast()?.title ?? '',
      body: () => toast()?.body ?? '',
    });
  }
  if (ev.type === 'SlicingStarted') startSlicing(store, ev);
  const close = SLICING_CLOSE[ev.type];
  if (close) closeSlicing(store, ev, close);
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

function text(v: unknown, max = 500): string {
  if (typeof v !== 'string') return '';
  return v.length > max ? `${v.slice(0, max)}…` : v;
}

/** OctoPrint's bundled action_command_notification and action_command_prompt plugins. Others are ignored here. */
export function applyPlugin(store: ActivityStore, msg: PluginPayload, now: number): void {
  const data =
    typeof msg.data === 'object' && msg.data !== null && !Array.isArray(msg.data)
      ? (msg.data as Record<string, unknown>)
      : {};
  if (msg.plugin === 'action_command_notification') {
    const message = text(data.message);
    // An empty message is the server clearing its list (it does so on every printer disconnect).
    if (!message) {
      store.setState((s) => (s.notifications.length ? { notifications: [] } : s));
      return;
    }
    store.setState((s) => ({
      notifications: [...s.notifications.slice(-49), { id: newId(), at: now, text: message }],
    }));
    addFeed(store, {
      at: now,
      type: 'action:notification',
      category: 'notification',
      text: () => t('activity.printerSays', { message }),
    });
    addToast(store, { at: now, kind: 'info', title: () => t('activity.notification'), body: message });
    return;
  }
  if (msg.plugin === 'action_command_prompt') {
    const action = typeof data.action === 'string' ? data.action : 'show';
    if (action === 'close') {
      store.setState({ prompt: null });
      return;
    }
    if (action !== 'show') return;
    const choices = Array.isArray(data.choices) ? data.choices.map((c) => text(c, 100)).filter(Boolean) : [];
    const promptText = text(data.text);
    if (!promptText && choices.length === 0) return;
    store.setState({ prompt: { id: newId(), text: promptText, choices } });
    addFeed(store, {
      at: now,
      type: 'action:prompt',
      category: 'notification',
      text: () => t('activity.printerAsks', { text: promptText }),
    });
  }
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
