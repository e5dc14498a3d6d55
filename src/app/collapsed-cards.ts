// Which cards this device keeps collapsed, remembered in localStorage; one tiny external store all cards read.
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'octoprint-live.collapsed-cards';

function read(storage: Storage | null): ReadonlySet<string> {
  try {
    const v: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function createCollapsedCards(storage: Storage | null) {
  let collapsed = read(storage);
  const listeners = new Set<() => void>();
  return {
    get: () => collapsed,
    subscribe(fn: () => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    toggle(id: string) {
      const next = new Set(collapsed);
      if (!next.delete(id)) next.add(id);
      collapsed = next;
      try {
        storage?.setItem(KEY, JSON.stringify([...next]));
      } catch {
        // A full or blocked storage only means the choice is not remembered.
      }
      for (const fn of listeners) fn();
    },
  };
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const cards = createCollapsedCards(typeof window === 'undefined' ? null : localStore());

export function useCollapsed(id: string): [boolean, () => void] {
  const collapsed = useSyncExternalStore(cards.subscribe, () => cards.get().has(id));
  return [collapsed, useCallback(() => cards.toggle(id), [id])];
}
