// How much the recorder holds: a written batch sets this one line's text, with no React render at all.
import { useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { formatNumber } from '../../shared/format.ts';
import { currentLocale, languageStore, t } from '../../shared/i18n.ts';
import type { Recorder, RecorderStatus } from '../../store/recorder.ts';

const size = (n: number) => (n >= 1024 * 1024 ? `${formatNumber(n / 1024 / 1024, 1)} MB` : `${Math.ceil(n / 1024)} KB`);

// Building a date formatter costs more than the rest of the line, and once a day is held the oldest frame moves on
// with every batch: one formatter a language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function since(ms: number): string {
  const locale = currentLocale();
  let f = dateFormats.get(locale);
  if (!f) {
    // The fields Date#toLocaleString shows.
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dateFormats.set(locale, f);
  }
  return f.format(ms);
}

function heldText(s: RecorderStatus): string {
  return s.count === 0
    ? t('recording.nothing')
    : t('recording.holds', { count: s.count, size: size(s.bytes), since: since(s.oldest) });
}

export function RecordingHeld({ recorder }: { recorder: Recorder }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // Rendered again only for a new language; a new batch's totals are written straight into the line.
  const locale = useStore(languageStore, (s) => s.active);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const write = () => {
      stale = false;
      const text = heldText(recorder.status.getState());
      // The text node's value changes in place: replacing the node is a DOM insertion, which sends the page's
      // `body:has(…)` rules looking again.
      const node = el.firstChild;
      if (node?.nodeType === Node.TEXT_NODE && !node.nextSibling) {
        if (node.nodeValue !== text) node.nodeValue = text;
      } else el.textContent = text;
    };
    // Off screen (the card scrolled away, as on a phone), a batch's totals wait until the line is seen: wording
    // them and laying the page out again every few seconds is most of what recording costs the page.
    let seen = typeof IntersectionObserver !== 'function';
    let stale = true;
    const io = seen
      ? null
      : new IntersectionObserver((entries) => {
          seen = entries.some((e) => e.isIntersecting);
          if (seen && stale) write();
        });
    io?.observe(el);
    write();
    const off = recorder.status.subscribe(() => {
      if (seen) write();
      else stale = true;
    });
    return () => {
      off();
      io?.disconnect();
    };
  }, [recorder, locale]);
  // Not a live region: a screen reader would read the totals out every few seconds.
  return <p ref={ref} className="recording-held" />;
}
