// Saved OctoPrint servers and which one is open; an API key is written to storage only when the user chose "remember".
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Words } from '../shared/i18n.ts';
import { loadJson, persistPart, type KeyValueStorage } from '../shared/persist.ts';

export interface SavedServer {
  id: string;
  name: string;
  /** '' for the page's own origin (dev proxy, or served beside OctoPrint); else the OctoPrint base URL. */
  url: string;
  /** In memory always; in storage only when `remember` is set. */
  apiKey: string | null;
  remember: boolean;
  lastUsed: number;
}

export interface ServersState {
  servers: SavedServer[];
  currentId: string | null;
  /** Why the last session ended, shown on the connect screen. */
  /** Why the dashboard closed (a logout), worded when shown. */
  notice: Words | null;
}

const STORAGE_KEY = 'octoprint-live:servers';

/** What storage held, narrowed; an API key is read back only when it was meant to be remembered. */
function narrow(raw: unknown): SavedServer[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((s): SavedServer[] => {
    if (typeof s !== 'object' || s === null) return [];
    const o = s as Record<string, unknown>;
    if (typeof o.id !== 'string' || typeof o.url !== 'string') return [];
    const remember = o.remember === true;
    return [
      {
        id: o.id,
        name: typeof o.name === 'string' ? o.name : o.url,
        url: o.url,
        apiKey: remember && typeof o.apiKey === 'string' ? o.apiKey : null,
        remember,
        lastUsed: typeof o.lastUsed === 'number' ? o.lastUsed : 0,
      },
    ];
  });
}

export type ServersStore = StoreApi<ServersState> & {
  upsert(server: Omit<SavedServer, 'lastUsed'>): void;
  open(id: string): void;
  close(notice?: Words | null): void;
  remove(id: string): void;
  /** Adds servers not saved yet (an import, or the dev farm), leaving the open one and the saved ones as they are. */
  addMany(list: readonly Omit<SavedServer, 'lastUsed'>[]): number;
};

export function createServersStore(storage: KeyValueStorage | null, now: () => number = Date.now): ServersStore {
  const servers = narrow(loadJson(storage, STORAGE_KEY));
  // The last one used opens first; a server without its key (not remembered) needs the connect screen.
  const last = [...servers].sort((a, b) => b.lastUsed - a.lastUsed)[0];
  const opensFirst = last && (last.apiKey || last.url === '') ? last.id : null;
  const store = createStore<ServersState>()(() => ({ servers, currentId: opensFirst, notice: null }));
  // A key not meant to be remembered never reaches storage.
  persistPart(
    store,
    storage,
    STORAGE_KEY,
    (s) => s.servers,
    (list) => list.map((s) => ({ ...s, apiKey: s.remember ? s.apiKey : null })),
  );
  const commit = (next: SavedServer[], patch: Partial<ServersState> = {}) =>
    store.setState({ servers: next, ...patch });
  return Object.assign(store, {
    upsert(server: Omit<SavedServer, 'lastUsed'>) {
      const rest = store.getState().servers.filter((s) => s.id !== server.id);
      commit([...rest, { ...server, lastUsed: now() }], { currentId: server.id, notice: null });
    },
    open(id: string) {
      const next = store.getState().servers.map((s) => (s.id === id ? { ...s, lastUsed: now() } : s));
      commit(next, { currentId: id, notice: null });
    },
    close(notice: Words | null = null) {
      store.setState({ currentId: null, notice });
    },
    remove(id: string) {
      const next = store.getState().servers.filter((s) => s.id !== id);
      commit(next, store.getState().currentId === id ? { currentId: null } : {});
    },
    addMany(list: readonly Omit<SavedServer, 'lastUsed'>[]) {
      const held = new Set(store.getState().servers.map((s) => s.id));
      const added = list.filter((s) => !held.has(s.id) && (held.add(s.id), true)).map((s) => ({ ...s, lastUsed: 0 }));
      if (added.length) commit([...store.getState().servers, ...added]);
      return added.length;
    },
  });
}

export function serverId(url: string): string {
  return url === '' ? 'same-origin' : url.replace(/\/+$/, '').toLowerCase();
}
