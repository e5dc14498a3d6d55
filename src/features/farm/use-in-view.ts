// Whether an element is on screen: one IntersectionObserver for every card (the browser checks each observer every
// frame, so 24 of them cost 24 checks); true where the browser has none, so nothing is starved. An element that
// leaves the page (a card filtered out, the farm view left) is out of view.
import { useEffect, useState, type RefObject } from 'react';

const listeners = new Map<Element, (inView: boolean) => void>();
let shared: IntersectionObserver | null = null;

function observer(): IntersectionObserver {
  shared ??= new IntersectionObserver((entries) => {
    // Several changes of one element between two callbacks come oldest first: the last one is the state now.
    const last = new Map<Element, boolean>();
    for (const e of entries) last.set(e.target, e.isIntersecting);
    for (const [el, v] of last) listeners.get(el)?.(v);
  });
  return shared;
}

export function useInView(ref: RefObject<Element | null>, onChange?: (inView: boolean) => void): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setInView(true);
      onChange?.(true);
      return () => onChange?.(false);
    }
    listeners.set(el, (v) => {
      setInView(v);
      onChange?.(v);
    });
    const io = observer();
    io.observe(el);
    return () => {
      io.unobserve(el);
      listeners.delete(el);
      onChange?.(false);
    };
  }, [ref, onChange]);
  return inView;
}
