// Whether an element is on screen (IntersectionObserver); true where the browser has none, so nothing is starved.
import { useEffect, useState, type RefObject } from 'react';

export function useInView(ref: RefObject<Element | null>, onChange?: (inView: boolean) => void): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setInView(true);
      onChange?.(true);
      return;
    }
    // Several changes between two callbacks come as several entries, oldest first: the last one is the state now.
    const io = new IntersectionObserver((entries) => {
      const v = entries[entries.length - 1]?.isIntersecting ?? false;
      setInView(v);
      onChange?.(v);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, onChange]);
  return inView;
}
