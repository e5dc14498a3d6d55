// A text that changes often (a clock, a running duration), written straight into its node when the store changes
// what it reads: the page pays for the text node, not for a React render and commit of the panel around it.
import { useLayoutEffect, useRef, type HTMLAttributes } from 'react';
import type { StoreApi } from 'zustand/vanilla';

interface Props<S> extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  store: StoreApi<S>;
  /** The text to show for a state; called on every store change, so it should be cheap (or remember its results). */
  select: (s: S) => string;
}

export function LiveText<S>({ store, select, ...attrs }: Props<S>) {
  const ref = useRef<HTMLSpanElement>(null);
  const selectRef = useRef(select);
  const writeRef = useRef<(s: S) => void>(() => undefined);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The text last written: most store changes leave it as it was, and reading it back from the node cost a DOM
    // call and a fresh string per change (this listener runs on every change of the store).
    let shown: string | null = null;
    const write = (s: S) => {
      const text = selectRef.current(s);
      if (text === shown) return;
      shown = text;
      // The text node's value changes in place: no node is inserted or removed.
      const node = el.firstChild;
      if (node?.nodeType === Node.TEXT_NODE && !node.nextSibling) node.nodeValue = text;
      else el.textContent = text;
    };
    writeRef.current = write;
    return store.subscribe(write);
  }, [store]);
  // A render of the panel (a new language, another field it shows) words the text again with the newest `select`.
  useLayoutEffect(() => {
    selectRef.current = select;
    writeRef.current(store.getState());
  });
  return <span ref={ref} {...attrs} />;
}
