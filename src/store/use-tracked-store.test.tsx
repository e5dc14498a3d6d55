// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { selectTracked, useTrackedStore } from './use-tracked-store.ts';

interface S {
  a: number;
  b: { n: number };
  useB: boolean;
  c: string;
}
const make = () => createStore<S>()(() => ({ a: 1, b: { n: 2 }, useB: false, c: 'x' }));

afterEach(cleanup);

describe('selectTracked', () => {
  it('says which top-level fields a selector read, nested reads under their top field', () => {
    const s = make().getState();
    const r = selectTracked(s, (x) => (x.useB ? x.b.n : x.a));
    expect(r.value).toBe(1);
    expect([...(r.keys as string[])].sort()).toEqual(['a', 'useB']);
    expect(selectTracked(s, (x) => x.a + x.a).keys).toEqual(['a']);
  });

  it('depends on everything when a selector lists or spreads the state, or hands it back', () => {
    const s = make().getState();
    expect(selectTracked(s, (x) => Object.keys(x).length).keys).toBe('all');
    expect(selectTracked(s, (x) => ({ ...x }).c).keys).toBe('all');
    const whole = selectTracked(s, (x) => x);
    expect(whole.keys).toBe('all');
    // The state itself, never the reader standing in for it.
    expect(whole.value).toBe(s);
  });

  it('gives a selector the same reader for one state, so what it remembers by identity still matches', () => {
    const s = make().getState();
    const seen: object[] = [];
    selectTracked(s, (x) => seen.push(x));
    selectTracked(s, (x) => seen.push(x));
    expect(seen[0]).toBe(seen[1]);
  });
});

describe('useTrackedStore', () => {
  function Probe({ store, select }: { store: ReturnType<typeof make>; select: (s: S) => number }) {
    return <p data-testid="v">{useTrackedStore(store, select)}</p>;
  }

  it('runs the selector for changes to the fields it read, not for others, and shows the new value', () => {
    const store = make();
    const select = vi.fn((s: S) => (s.useB ? s.b.n : s.a));
    render(<Probe store={store} select={select} />);
    const calls = select.mock.calls.length;
    for (let i = 0; i < 10; i++) act(() => store.setState({ c: String(i) }));
    expect(select.mock.calls.length).toBe(calls);
    act(() => store.setState({ a: 7 }));
    expect(screen.getByTestId('v').textContent).toBe('7');
    // A branch taken after a change reads new fields, and they are watched from then on.
    act(() => store.setState({ useB: true }));
    expect(screen.getByTestId('v').textContent).toBe('2');
    act(() => store.setState({ b: { n: 9 } }));
    expect(screen.getByTestId('v').textContent).toBe('9');
    const before = select.mock.calls.length;
    act(() => store.setState({ a: 100 }));
    expect(select.mock.calls.length).toBe(before);
    expect(screen.getByTestId('v').textContent).toBe('9');
  });
});
