// One store subscription for all of a store's tracked hooks, which calls only the hooks that read a top-level field
// the change replaced: with about 80 hooks on the dashboard store, a message no longer calls 80 listeners.
import type { StoreApi } from 'zustand/vanilla';
import { shallowEqual } from '../shared/shallow-equal.ts';

/** The top-level fields a selector read, or 'all' when it looked at the whole state (spread it, listed its keys). */
export type ReadKeys = readonly PropertyKey[] | 'all';

/** A hook's entry: the fields its selector read last, and React's notify for it. */
export interface Watch {
  keys: ReadKeys;
  notify: () => void;
  /** On an index: a render that is never committed (an interrupted or suspended one) never subscribes. */
  subscribed: boolean;
  /** The keys the index has it under (re-indexed when `keys` is replaced). */
  indexed: ReadKeys | null;
  /** The dispatch that last called it, so a hook under two changed fields is called once. */
  stamp: number;
}

type Fields = Record<PropertyKey, unknown>;

class KeyIndex {
  private readonly all = new Set<Watch>();
  private readonly byKey = new Map<PropertyKey, Set<Watch>>();
  /** Watches whose keys changed since the last dispatch: indexed again before the next one. */
  private readonly stale = new Set<Watch>();
  private dispatches = 0;
  size = 0;
  readonly unsubscribe: () => void;

  constructor(store: StoreApi<object>) {
    this.unsubscribe = store.subscribe((next, prev) => this.dispatch(next as Fields, prev as Fields));
  }

  add(w: Watch): void {
    this.size++;
    w.subscribed = true;
    this.stale.add(w);
  }

  remove(w: Watch): void {
    this.size--;
    w.subscribed = false;
    this.stale.delete(w);
    this.unindex(w);
  }

  /** The hook's selector ran again and noted its fields anew. */
  touched(w: Watch): void {
    if (!w.subscribed || w.indexed === w.keys) return;
    // A selector reads the same fields on nearly every run: keep its entries, skip a re-index per notified hook.
    if (shallowEqual(w.indexed, w.keys)) w.keys = w.indexed as ReadKeys;
    else this.stale.add(w);
  }

  private unindex(w: Watch): void {
    const keys = w.indexed;
    if (keys === 'all') this.all.delete(w);
    else if (keys) for (const k of keys) this.byKey.get(k)?.delete(w);
    w.indexed = null;
  }

  private reindex(): void {
    for (const w of this.stale) {
      this.unindex(w);
      if (w.keys === 'all') this.all.add(w);
      else
        for (const k of w.keys) {
          let set = this.byKey.get(k);
          if (!set) this.byKey.set(k, (set = new Set()));
          set.add(w);
        }
      w.indexed = w.keys;
    }
    this.stale.clear();
  }

  private dispatch(next: Fields, prev: Fields): void {
    this.reindex();
    const stamp = ++this.dispatches;
    // Collected first, then called: a notify may run a selector, which re-notes its keys for the next dispatch.
    const hit: Watch[] = [...this.all];
    for (const [k, set] of this.byKey) {
      if (set.size === 0 || Object.is(next[k], prev[k])) continue;
      for (const w of set) {
        if (w.stamp === stamp) continue;
        w.stamp = stamp;
        hit.push(w);
      }
    }
    for (const w of hit) w.notify();
  }
}

const indexes = new WeakMap<object, KeyIndex>();

/** Puts a hook's watch on its store's index (made with the first one); returns the removal. */
export function watchStore(store: StoreApi<object>, w: Watch): () => void {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new KeyIndex(store)));
  const own = index;
  own.add(w);
  return () => {
    own.remove(w);
    if (own.size > 0) return;
    own.unsubscribe();
    if (indexes.get(store) === own) indexes.delete(store);
  };
}

/** The hook's selector ran: its fields are indexed again before the store's next change. */
export function touchWatch(store: StoreApi<object>, w: Watch): void {
  indexes.get(store)?.touched(w);
}
