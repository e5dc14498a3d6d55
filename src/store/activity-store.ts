// Low-rate activity in one vanilla store: the event feed, toasts, action-command notifications and prompt, slicing jobs.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { setWorded, type Words } from '../shared/i18n.ts';

export type EventCategory =
  'print' | 'printer' | 'file' | 'connection' | 'slicing' | 'timelapse' | 'notification' | 'other';

export interface FeedEntry {
  id: number;
  /** Client ms when it arrived. */
  at: number;
  type: string;
  category: EventCategory;
  text: string;
}

export type ToastKind = 'success' | 'info' | 'warning' | 'error';

export interface Toast {
  id: number;
  at: number;
  kind: ToastKind;
  title: string;
  body: string;
}

export interface ActionNotification {
  id: number;
  at: number;
  text: string;
}

export interface ActionPrompt {
  id: number;
  text: string;
  choices: string[];
}

export type SlicingStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface SlicingJob {
  /** Source path: what SlicingDone/Failed name as `stl`. */
  key: string;
  source: string;
  dest: string;
  slicer: string;
  progress: number;
  status: SlicingStatus;
  detail: string;
}

/** A timelapse being rendered (MovieRendering, `renderProgress`) and how it ended (MovieDone / MovieFailed). */
export interface TimelapseRender {
  movie: string;
  /** Percent, 0..100. */
  progress: number;
  status: 'rendering' | 'done' | 'failed';
  detail: string;
}

export interface ActivityState {
  feed: FeedEntry[];
  toasts: Toast[];
  notifications: ActionNotification[];
  prompt: ActionPrompt | null;
  slicing: SlicingJob[];
  render: TimelapseRender | null;
  /** The server's timelapse setting in words (the `timelapse` message); null before one came. */
  timelapseMode: string | null;
}

export type ActivityStore = StoreApi<ActivityState>;

export const FEED_LIMIT = 300;
export const TOAST_LIMIT = 4;

export function createActivityStore(initial: Partial<ActivityState> = {}): ActivityStore {
  return createStore<ActivityState>()(() => ({
    feed: [],
    toasts: [],
    notifications: [],
    prompt: null,
    slicing: [],
    render: null,
    timelapseMode: null,
    ...initial,
  }));
}

let nextId = 1;
export function newId(): number {
  return nextId++;
}

type Worded<T, K extends keyof T> = Omit<T, K | 'id'> & { [P in K]: Words };

export function addFeed(store: ActivityStore, entry: Worded<FeedEntry, 'text'>): void {
  const { text, ...rest } = entry;
  const row = { id: newId(), ...rest } as FeedEntry;
  setWorded(row, 'text', text);
  store.setState((s) => {
    // In time order: an entry that waited (an event's words loading) goes before those that came after it.
    const feed = s.feed.slice(-(FEED_LIMIT - 1));
    let at = feed.length;
    while (at > 0 && (feed[at - 1] as FeedEntry).at > row.at) at--;
    feed.splice(at, 0, row);
    return { feed };
  });
}

export function addToast(store: ActivityStore, toast: Worded<Toast, 'title' | 'body'>): void {
  const { title, body, ...rest } = toast;
  const item = { id: newId(), ...rest } as Toast;
  setWorded(item, 'title', title);
  setWorded(item, 'body', body);
  store.setState((s) => ({ toasts: [...s.toasts.slice(-(TOAST_LIMIT - 1)), item] }));
}

export function dismissToast(store: ActivityStore, id: number): void {
  store.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

export function dismissNotification(store: ActivityStore, id: number): void {
  store.setState((s) => ({ notifications: s.notifications.filter((n) => n.id !== id) }));
}
