import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { touchWatch, watchStore, type Watch } from './key-index.ts';

const watch = (keys: Watch['keys'], calls: string[], name: string): Watch => ({
  keys,
  notify: () => calls.push(name),
  subscribed: false,
  indexed: null,
  stamp: 0,
});

describe('watchStore', () => {
  it('calls only the watches whose fields a change replaced, each once, and all-readers always', () => {
    const store = createStore(() => ({ a: 1, b: { n: 1 }, c: 'x' }));
    const calls: string[] = [];
    const offs = [
      watchStore(store, watch(['a'], calls, 'a')),
      watchStore(store, watch(['a', 'b'], calls, 'ab')),
      watchStore(store, watch(['c'], calls, 'c')),
      watchStore(store, watch('all', calls, 'all')),
    ];
    store.setState({ a: 2, b: { n: 2 } });
    expect(calls.sort()).toEqual(['a', 'ab', 'all']);
    calls.length = 0;
    store.setState({ c: 'x' });
    expect(calls).toEqual(['all']);
    for (const off of offs) off();
    calls.length = 0;
    store.setState({ a: 3 });
    expect(calls).toEqual([]);
  });

  it('follows a watch to the fields its selector reads now', () => {
    const store = createStore(() => ({ a: 1, b: 1 }));
    const calls: string[] = [];
    const w = watch(['a'], calls, 'w');
    const off = watchStore(store, w);
    store.setState({ b: 2 });
    expect(calls).toEqual([]);
    w.keys = ['b'];
    touchWatch(store, w);
    store.setState({ a: 2 });
    store.setState({ b: 3 });
    expect(calls).toEqual(['w']);
    off();
  });

  it('never indexes a watch that did not subscribe (a render that was not committed)', () => {
    const store = createStore(() => ({ a: 1 }));
    const calls: string[] = [];
    const off = watchStore(store, watch(['a'], calls, 'kept'));
    const discarded = watch(['a'], calls, 'discarded');
    touchWatch(store, discarded);
    store.setState({ a: 2 });
    expect(calls).toEqual(['kept']);
    off();
  });

  it('keeps a watch under its fields when its selector read the same ones again, and still follows a real change', () => {
    const store = createStore(() => ({ a: 1, b: 1 }));
    const calls: string[] = [];
    const w = watch(['a'], calls, 'w');
    const off = watchStore(store, w);
    store.setState({ a: 2 });
    const indexed = w.indexed;
    w.keys = ['a'];
    touchWatch(store, w);
    expect(w.keys).toBe(indexed);
    store.setState({ a: 3 });
    w.keys = ['b'];
    touchWatch(store, w);
    store.setState({ a: 4 });
    store.setState({ b: 2 });
    expect(calls).toEqual(['w', 'w', 'w']);
    off();
  });
});
