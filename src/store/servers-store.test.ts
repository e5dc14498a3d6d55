import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../shared/persist.ts';
import { createServersStore } from './servers-store.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('servers store', () => {
  it('never writes the API key unless the user chose remember', () => {
    const storage = memoryStorage();
    const s = createServersStore(storage);
    s.upsert({ id: 'a', name: 'A', url: 'http://a', apiKey: 'SECRET-A', remember: false });
    s.upsert({ id: 'b', name: 'B', url: 'http://b', apiKey: 'SECRET-B', remember: true });
    const raw = storage.data.get('octoprint-live:servers') ?? '';
    expect(raw).not.toContain('SECRET-A');
    expect(raw).toContain('SECRET-B');
    expect(s.getState().servers.find((x) => x.id === 'a')?.apiKey).toBe('SECRET-A');
  });

  it('opens the last used server first, when its key was remembered', () => {
    const storage = memoryStorage();
    let t = 1;
    const first = createServersStore(storage, () => t++);
    first.upsert({ id: 'a', name: 'A', url: 'http://a', apiKey: 'KA', remember: true });
    first.upsert({ id: 'b', name: 'B', url: 'http://b', apiKey: 'KB', remember: true });
    first.open('a');
    expect(createServersStore(storage).getState().currentId).toBe('a');
  });

  it('does not open a server whose key was not remembered', () => {
    const storage = memoryStorage();
    createServersStore(storage).upsert({ id: 'a', name: 'A', url: 'http://a', apiKey: 'KA', remember: false });
    expect(createServersStore(storage).getState().currentId).toBeNull();
  });

  it('survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem('octoprint-live:servers', '{"not":"an array"');
    expect(createServersStore(storage).getState().servers).toEqual([]);
    storage.setItem(
      'octoprint-live:servers',
      '[1, null, {"id": 3}, {"id": "x", "url": "http://x", "apiKey": "K", "remember": false}]',
    );
    expect(createServersStore(storage).getState().servers).toEqual([
      { id: 'x', name: 'http://x', url: 'http://x', apiKey: null, remember: false, lastUsed: 0 },
    ]);
  });

  it('closes with a notice and removes servers', () => {
    const s = createServersStore(memoryStorage());
    s.upsert({ id: 'a', name: 'A', url: 'http://a', apiKey: 'KA', remember: true });
    s.close('Logged out');
    expect(s.getState()).toMatchObject({ currentId: null, notice: 'Logged out' });
    s.remove('a');
    expect(s.getState().servers).toEqual([]);
  });
});
