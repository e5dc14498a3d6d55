import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { loadJson, persistPart, saveJson, type KeyValueStorage } from './persist.ts';

function memory(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Record<string, string>; writes: number } {
  const data = { ...initial };
  return {
    data,
    writes: 0,
    getItem: (k) => data[k] ?? null,
    setItem(k, v) {
      this.writes++;
      data[k] = v;
    },
  };
}

describe('persist', () => {
  it('reads JSON, and undefined for missing or broken entries or a throwing storage', () => {
    const s = memory({ a: '{"x":1}', broken: '{nope' });
    expect(loadJson(s, 'a')).toEqual({ x: 1 });
    expect(loadJson(s, 'missing')).toBeUndefined();
    expect(loadJson(s, 'broken')).toBeUndefined();
    expect(loadJson(null, 'a')).toBeUndefined();
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(loadJson(refusing, 'a')).toBeUndefined();
  });

  it('writes JSON and survives a full storage', () => {
    const s = memory();
    saveJson(s, 'k', [1, 'two']);
    expect(s.data.k).toBe('[1,"two"]');
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveJson(full, 'k', 1)).not.toThrow();
  });

  it('persistPart writes the picked part when it changes, and only then', () => {
    const s = memory();
    const store = createStore(() => ({ theme: 'dark', list: ['a'], volatile: 0 }));
    persistPart(store, s, 'key', (st) => ({ theme: st.theme, list: st.list }));
    store.setState({ volatile: 1 });
    expect(s.writes).toBe(0);
    store.setState({ theme: 'light' });
    expect(JSON.parse(s.data.key ?? '')).toEqual({ theme: 'light', list: ['a'] });
    store.setState({ list: ['a', 'b'] });
    expect(s.writes).toBe(2);
    store.setState({ volatile: 2 });
    expect(s.writes).toBe(2);
  });

  it('persistPart stores what toStored makes of the part', () => {
    const s = memory();
    const store = createStore(() => ({ items: [{ id: 1, secret: 'x' }] }));
    persistPart(
      store,
      s,
      'items',
      (st) => st.items,
      (items) => items.map(({ id }) => ({ id })),
    );
    store.setState({ items: [...store.getState().items, { id: 2, secret: 'y' }] });
    expect(s.data.items).toBe('[{"id":1},{"id":2}]');
  });
});
