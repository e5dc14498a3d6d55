// Selects from a vanilla store in React, waking a component only when a top-level field its selector read has changed.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { touchWatch, watchStore, type ReadKeys, type Watch } from './key-index.ts';

let reading: PropertyKey[] | null = null;
let readAll = false;
const handler: ProxyHandler<object> = {
  get(target, key) {
    note(key);
    return Reflect.get(target, key) as unknown;
  },
  has(target, key) {
    note(key);
    return Reflect.has(target, key);
  },
  ownKeys(target) {
    readAll = true;
    return Reflect.ownKeys(target);
  },
};
// A list, not a Set: a selector reads a handful of fields, and comparing them runs for every hook on every store
// change, where a Set's iterator was a share of the page's garbage per message.
function note(key: PropertyKey): void {
  if (reading && !reading.includes(key)) reading.push(key);
}

// One reader per state object, so a selector that remembers what it was given sees the same object for one state.
const readers = new WeakMap<object, object>();

/** Runs `selector` on `state` and says which of its top-level fields it read (only the top level is watched). */
export function selectTracked<S extends object, T>(state: S, selector: (s: S) => T): { value: T; keys: ReadKeys } {
  let reader = readers.get(state);
  if (!reader) {
    reader = new Proxy(state, handler);
    readers.set(state, reader);
  }
  const outer = reading;
  const outerAll = readAll;
  const keys: PropertyKey[] = [];
  reading = keys;
  readAll = false;
  try {
    const value = selector(reader as S);
    // A selector that hands the state itself back gets the state, not the reader, and depends on all of it.
    if ((value as unknown) === reader) return { value: state as unknown as T, keys: 'all' };
    return { value, keys: readAll ? 'all' : keys };
  } finally {
    reading = outer;
    readAll = outerAll;
  }
}

/**
 * zustand's `useStore`, with one difference in cost, not in result: a store change that leaves every field the selector
 * read as it was does not run the selector. With dozens of hooks on one store and a message every frame, the
 * selectors (and React's check of each result) were most of what a message cost the page between its frames. The
 * selector still runs on every render, and after any change to a field it read (its reads are tracked each time).
 */
export function useTrackedStore<S extends object, T>(store: StoreApi<S>, selector: (s: S) => T): T {
  const watch = useRef<Watch | null>(null);
  watch.current ??= { keys: 'all', notify: () => undefined, subscribed: false, indexed: null, stamp: 0 };
  const subscribe = useCallback(
    (notify: () => void) => {
      const w = watch.current as Watch;
      w.notify = notify;
      // One subscription per store, shared by its hooks (key-index.ts): a change calls only the hooks whose fields it
      // replaced, where each hook's own listener used to run and compare its fields on every change.
      return watchStore(store as unknown as StoreApi<object>, w);
    },
    [store],
  );
  const getSnapshot = () => {
    const r = selectTracked(store.getState(), selector);
    const w = watch.current as Watch;
    w.keys = r.keys;
    touchWatch(store as unknown as StoreApi<object>, w);
    return r.value;
  };
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
