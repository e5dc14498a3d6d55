// Which cards this device keeps collapsed, remembered in browser storage; one tiny external store all cards read.
import { useCallback, useSyncExternalStore } from 'react';
import { browserStorage, loadJson, saveJson, type KeyValueStorage } from '../shared/persist.ts';

const KEY = 'octoprint-live.collapsed-cards';

function read(storage: KeyValueStorage | null): ReadonlySet<string> {
  const v = loadJson(storage, KEY);
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
}

export function createCollapsedCards(storage: KeyValueStorage | null) {
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
      saveJson(storage, KEY, [...next]);
      for (const fn of listeners) fn();
    },
  };
}

const cards = createCollapsedCards(browserStorage());

export function useCollapsed(id: string): [boolean, () => void] {
  const collapsed = useSyncExternalStore(cards.subscribe, () => cards.get().has(id));
  return [collapsed, useCallback(() => cards.toggle(id), [id])];
}
