// Saved OctoPrint servers and which one is open; an API key is written to storage only when the user chose "remember".
import { createStore, type StoreApi } from 'zustand/vanilla';

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
  notice: string | null;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_KEY = 'octoprint-live:servers';

function load(storage: KeyValueStorage | null): SavedServer[] {
  if (!storage) return [];
  try {
    const raw: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((s): SavedServer[] => {
      if (typeof s !== 'object' || s === null) return [];
      const o = s as Record<string, unknown>;
      if (typeof o.id !== 'string' || typeof o.url !== 'string') return [];
      const remember = o.remember === true;
      return [{
        id: o.id,
        name: typeof o.name === 'string' ? o.name : o.url,
        url: o.url,
        apiKey: remember && typeof o.apiKey === 'string' ? o.apiKey : null,
        remember,
        lastUsed: typeof o.lastUsed === 'number' ? o.lastUsed : 0,
      }];
    });
  } catch {
    return [];
  }
}

function save(storage: KeyValueStorage | null, servers: SavedServer[]): void {
  if (!storage) return;
  const stored = servers.map((s) => ({ ...s, apiKey: s.remember ? s.apiKey : null }));
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or disabled (private mode): the servers still work for this page's life.
  }
}

export type ServersStore = StoreApi<ServersState> & {
  upsert(server: Omit<SavedServer, 'lastUsed'>): void;
  open(id: string): void;
  close(notice?: string | null): void;
  remove(id: string): void;
  /** Adds servers not saved yet (an import, or the dev farm), leaving the open one and the saved ones as they are. */
  addMany(list: readonly Omit<SavedServer, 'lastUsed'>[]): number;
};

export function createServersStore(storage: KeyValueStorage | null, now: () => number = Date.now): ServersStore {
  const servers = load(storage);
  // The last one used opens first; a server without its key (not remembered) needs the connect screen.
  const last = [...servers].sort((a, b) => b.lastUsed - a.lastUsed)[0];
  const opensFirst = last && (last.apiKey || last.url === '') ? last.id : null;
  const store = createStore<ServersState>()(() => ({ servers, currentId: opensFirst, notice: null }));
  const commit = (next: SavedServer[], patch: Partial<ServersState> = {}) => {
    save(storage, next);
    store.setState({ servers: next, ...patch });
  };
  return Object.assign(store, {
    upsert(server: Omit<SavedServer, 'lastUsed'>) {
      const rest = store.getState().servers.filter((s) => s.id !== server.id);
      commit([...rest, { ...server, lastUsed: now() }], { currentId: server.id, notice: null });
    },
    open(id: string) {
      const next = store.getState().servers.map((s) => (s.id === id ? { ...s, lastUsed: now() } : s));
      commit(next, { currentId: id, notice: null });
    },
    close(notice: string | null = null) {
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
