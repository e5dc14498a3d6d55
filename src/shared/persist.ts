// Remembered values: the one place that reads browser storage (untrusted, never throws) and writes it (best effort),
// and keeps part of a zustand store there.
import type { StoreApi } from 'zustand/vanilla';
import { shallowEqual } from './shallow-equal.ts';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser's localStorage, or null where there is none or it is refused (private mode, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The JSON value stored under `key`; undefined when missing, unreadable or not JSON. Narrow it before use. */
export function loadJson(storage: KeyValueStorage | null, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw == null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; when storage is full or disabled the value lasts for this page only. */
export function saveJson(storage: KeyValueStorage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: nothing to do but go on.
  }
}

/**
 * Keeps the part `pick` chooses of a store in storage under `key`, written (as `toStored` makes it) each time that
 * part changes, compared shallowly. The store reads it back itself at creation (loadJson plus its own narrowing),
 * so what it accepts from storage stays as strict as what it accepts from the network. Returns the unsubscribe.
 */
export function persistPart<S, P>(
  store: StoreApi<S>,
  storage: KeyValueStorage | null,
  key: string,
  pick: (state: S) => P,
  toStored: (part: P) => unknown = (part) => part,
): () => void {
  if (!storage) return () => {};
  let last = pick(store.getState());
  return store.subscribe((state) => {
    const part = pick(state);
    if (shallowEqual(part, last)) return;
    last = part;
    saveJson(storage, key, toStored(part));
  });
}
