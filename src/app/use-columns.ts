// How many columns of cards the screen holds: three on a wide desktop, two on a laptop, one on a phone or a Pi.
import { useSyncExternalStore } from 'react';

const QUERIES = [
  { n: 3, q: '(min-width: 1500px) and (min-height: 561px)' },
  { n: 2, q: '(min-width: 1000px) and (min-height: 561px)' },
] as const;

function count(): 1 | 2 | 3 {
  if (typeof window === 'undefined' || !window.matchMedia) return 1;
  for (const { n, q } of QUERIES) if (window.matchMedia(q).matches) return n;
  return 1;
}

function subscribe(fn: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const lists = QUERIES.map(({ q }) => window.matchMedia(q));
  for (const l of lists) l.addEventListener('change', fn);
  return () => {
    for (const l of lists) l.removeEventListener('change', fn);
  };
}

export function useColumns(): 1 | 2 | 3 {
  return useSyncExternalStore(subscribe, count);
}
