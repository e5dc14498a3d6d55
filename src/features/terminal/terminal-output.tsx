// The log lines as plain text: filtered, bounded, following the bottom unless the user scrolled up to read.
import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { t } from '../../shared/i18n.ts';
import type { TerminalFilter } from '../../store/server-settings.ts';
import { useServices } from '../../store/services.tsx';

function compile(filters: readonly TerminalFilter[], active: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const f of filters) {
    if (!active.includes(f.name)) continue;
    try {
      out.push(new RegExp(f.regex));
    } catch {
      // A filter OctoPrint sent that this browser cannot compile is skipped, not fatal.
    }
  }
  return out;
}

export function TerminalOutput({ filters, active }: { filters: readonly TerminalFilter[]; active: readonly string[] }) {
  const { terminal } = useServices().controls;
  const version = useSyncExternalStore(terminal.subscribe, terminal.getVersion);
  const pre = useRef<HTMLPreElement>(null);
  const [follow, setFollow] = useState(true);
  const regexes = useMemo(() => compile(filters, active), [filters, active]);
  const shown = useMemo(() => {
    void version;
    const lines = terminal.lines();
    return regexes.length ? lines.filter((l) => !regexes.some((r) => r.test(l))) : lines;
  }, [terminal, version, regexes]);

  // Where following last left the scroll position (null: not yet, or the user just asked to follow again).
  const followedTo = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = pre.current;
    if (!el || !follow) return;
    // Hidden (a collapsed card) it has no scroll position to read: it follows again from wherever it is shown.
    if (el.clientHeight === 0) {
      followedTo.current = null;
      el.scrollTop = el.scrollHeight;
      return;
    }
    // A scroll up whose scroll event has not come yet (it comes with the next frame) is the user's: new lines
    // arriving first must not pull the view back to the bottom under them.
    const movedUp = followedTo.current !== null && el.scrollTop < followedTo.current - 1;
    if (movedUp && el.scrollTop < el.scrollHeight - el.clientHeight - 8) {
      setFollow(false);
      return;
    }
    el.scrollTop = el.scrollHeight;
    followedTo.current = el.scrollTop;
  }, [shown, follow]);

  const onScroll = () => {
    const el = pre.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 8;
    if (atBottom) followedTo.current = el.scrollTop;
    setFollow(atBottom);
  };

  const jumpToLatest = () => {
    followedTo.current = null;
    setFollow(true);
  };

  return (
    <>
      <p className="terminal-count" data-testid="terminal-count">
        {t('terminal.count', { shown: shown.length, total: terminal.length, capacity: terminal.capacity })}
      </p>
      <pre
        ref={pre}
        className="terminal-output"
        tabIndex={0}
        aria-label={t('terminal.output')}
        onScroll={onScroll}
        data-follow={follow}
      >
        {shown.join('\n')}
      </pre>
      {!follow ? (
        <button type="button" className="jump" onClick={jumpToLatest}>
          {t('terminal.jump')}
        </button>
      ) : null}
    </>
  );
}
