// One printer's card: name and colour, link and freshness, state, heaters, sparkline, job and times. Reads its own store.
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { formatClock, formatDuration, formatFinish } from '../../shared/format.ts';
import { heaterLabel } from '../../shared/heaters.ts';
import { languageStore, t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import { printerStateText } from '../../shared/printer-state.ts';
import { attentionRank, needsPerson } from '../../store/farm-attention.ts';
import type { FarmConnection } from '../../store/farm-connection.ts';
import { ACCENTS } from '../../store/server-settings.ts';
import { FarmSparkline } from './farm-sparkline.tsx';
import { linkWords, temperature } from './format.ts';
import { useInView } from './use-in-view.ts';

export interface FarmCardProps {
  id: string;
  savedName: string;
  conn: FarmConnection;
  selected: boolean;
  focusable: boolean;
  onOpen(id: string): void;
  onSelect(id: string, selected: boolean): void;
  onFocus(id: string): void;
  onInView(id: string, inView: boolean): void;
}

const KIND_WORDS: Record<string, MessageId> = { finished: 'farm.finished' };

/** What a person can do about a card whose link is not live. */
function linkHint(link: string, tooOld: boolean): string {
  if (tooOld) return t('farm.tooOldHint');
  if (link === 'auth-failed') return t('farm.refusedHint');
  if (link === 'backoff') return t('farm.backoffHint');
  return '—';
}

function kindWords(kind: string, stateText: string): string {
  const id = KIND_WORDS[kind];
  return id ? t(id) : printerStateText(stateText) || '…';
}

export const FarmCard = memo(function FarmCard(p: FarmCardProps) {
  // Memoised on its props: the language is read here so that a new one re-words the card.
  useStore(languageStore, (l) => l.active);
  const s = useStore(
    p.conn.store,
    useShallow((x) => ({
      link: x.link,
      linkReason: x.linkReason,
      version: x.version,
      tooOld: x.tooOld,
      name: x.name,
      color: x.color,
      lastDataAt: x.lastDataAt,
      kind: x.kind,
      stateText: x.stateText,
      error: x.error,
      heaters: x.heaters,
      file: x.file,
      completion: x.completion,
      printTimeLeft: x.printTimeLeft,
    })),
  );
  const ref = useRef<HTMLElement>(null);
  const { id, onInView } = p;
  const inView = useInView(
    ref,
    useCallback((v: boolean) => onInView(id, v), [id, onInView]),
  );
  const rank = attentionRank(s);
  const link = linkWords(s);
  const live = s.link === 'ready' && !s.tooOld;
  const name = s.name || p.savedName;
  const colour = ACCENTS[s.color] ?? 'var(--accent)';
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter') p.onOpen(p.id);
    else if (e.key === ' ') {
      e.preventDefault();
      p.onSelect(p.id, !p.selected);
    }
  };
  return (
    <article
      ref={ref}
      className="farm-card"
      data-kind={live ? s.kind : 'link'}
      data-attention={needsPerson(rank) || undefined}
      data-testid={`farm-card-${p.id}`}
      data-server-id={p.id}
      aria-label={name}
      tabIndex={p.focusable ? 0 : -1}
      onKeyDown={onKey}
      onFocus={(e) => e.target === e.currentTarget && p.onFocus(p.id)}
      style={{ borderTopColor: colour }}
    >
      <header className="farm-card-head">
        <input
          type="checkbox"
          aria-label={t('farm.select', { name })}
          checked={p.selected}
          onChange={(e) => p.onSelect(p.id, e.target.checked)}
          tabIndex={-1}
        />
        <h2 className="farm-name">{name}</h2>
        <span className={`farm-link-state tone-${link.tone}`} data-testid="link">
          {link.text}
        </span>
      </header>
      <p className="farm-state" data-testid="state">
        {live ? kindWords(s.kind, s.stateText) : linkHint(s.link, s.tooOld)}
        {live && s.error ? <span className="farm-error"> {s.error}</span> : null}
      </p>
      {live && s.heaters.length > 0 ? (
        <ul className="farm-heaters">
          {s.heaters.map((h) => (
            <li key={h.id} data-heater={h.id}>
              <span className="farm-heater-name">{heaterLabel(h.id)}</span>{' '}
              <span data-testid="actual">{temperature(h.actual)}</span> /{' '}
              <span data-testid="target">{temperature(h.target)}</span> °C
            </li>
          ))}
        </ul>
      ) : null}
      <FarmSparkline spark={p.conn.spark} colour={colour} inView={inView} />
      {live && s.file ? (
        <div className="farm-job">
          <p className="farm-file" data-testid="file">
            {s.file}
          </p>
          <progress max={100} value={s.completion ?? 0} aria-label={t('farm.progress', { name })} />
          <p className="farm-times">
            <span data-testid="completion">{s.completion == null ? '–' : `${s.completion} %`}</span>
            {s.printTimeLeft != null ? (
              <>
                {' · '}
                <span data-testid="left">
                  {t('farm.left', { duration: formatDuration(s.printTimeLeft, 'minutes') })}
                </span>
                {` ${t('farm.done')} `}
                <span data-testid="finish">
                  {s.printTimeLeft == null
                    ? '–'
                    : formatFinish((s.lastDataAt || Date.now()) + s.printTimeLeft * 1000, Date.now())}
                </span>
              </>
            ) : null}
          </p>
        </div>
      ) : null}
      <footer className="farm-card-foot">
        <span className="farm-fresh">
          {t('farm.updated', { time: s.lastDataAt ? formatClock(s.lastDataAt, true) : '–' })}
        </span>
        <button type="button" className="link" tabIndex={-1} onClick={() => p.onOpen(p.id)}>
          {t('farm.open')}
        </button>
      </footer>
    </article>
  );
});
