// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { LiveText } from './live-text.tsx';

afterEach(cleanup);

describe('LiveText', () => {
  it('writes a changed text into its node with no render, and nothing when the text is the same', () => {
    const store = createStore(() => ({ n: 1 }));
    let renders = 0;
    const { getByTestId } = render(
      <Profiler id="t" onRender={() => renders++}>
        <LiveText store={store} select={(s) => `${Math.floor(s.n / 10)} min`} data-testid="t" />
      </Profiler>,
    );
    const el = getByTestId('t');
    const node = el.firstChild;
    expect(el.textContent).toBe('0 min');
    act(() => store.setState({ n: 5 }));
    act(() => store.setState({ n: 12 }));
    expect(el.textContent).toBe('1 min');
    // The same text node, changed in place.
    expect(el.firstChild).toBe(node);
    expect(renders).toBe(1);
  });

  it('words the text again with a new selector when its parent renders (a new language)', () => {
    const store = createStore(() => ({ n: 3 }));
    const { getByTestId, rerender } = render(<LiveText store={store} select={(s) => `${s.n} s`} data-testid="t" />);
    rerender(<LiveText store={store} select={(s) => `${s.n} Sek.`} data-testid="t" />);
    expect(getByTestId('t').textContent).toBe('3 Sek.');
    act(() => store.setState({ n: 4 }));
    expect(getByTestId('t').textContent).toBe('4 Sek.');
  });

  it('stops listening when it goes', () => {
    const store = createStore(() => ({ n: 3 }));
    let calls = 0;
    const { unmount } = render(
      <LiveText
        store={store}
        select={(s) => {
          calls++;
          return String(s.n);
        }}
      />,
    );
    unmount();
    const before = calls;
    store.setState({ n: 4 });
    expect(calls).toBe(before);
  });
});
