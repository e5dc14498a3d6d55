// True while the element is on screen and the tab is visible: the webcam streams only then. It starts only after the
// element has stayed in view a moment: while the page lays out (panels arriving above it) the view passes through,
// and Chromium keeps an MJPEG download open when its <img> goes before the first frame came.
import { useEffect, useState, type RefObject } from 'react';

const SETTLE_MS = 300;

export function useInView(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(() => typeof IntersectionObserver !== 'function');
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || !document.hidden);
  useEffect(() => {
    const el = ref.current;
    const onVisibility = () => setVisible(!document.hidden);
    document.addEventListener('visibilitychange', onVisibility);
    let io: IntersectionObserver | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    if (el && typeof IntersectionObserver === 'function') {
      io = new IntersectionObserver(([entry]) => {
        clearTimeout(settle);
        if (entry?.isIntersecting ?? true) settle = setTimeout(() => setOnScreen(true), SETTLE_MS);
        else setOnScreen(false);
      });
      io.observe(el);
    }
    return () => {
      clearTimeout(settle);
      document.removeEventListener('visibilitychange', onVisibility);
      io?.disconnect();
    };
  }, [ref]);
  return onScreen && visible;
}
