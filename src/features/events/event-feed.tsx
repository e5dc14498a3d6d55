// The activity card: push events in words with their times and severity, newest first, state changes grouped;
// filterable by category and text.
import { useDeferredValue, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { formatClock } from '../../shared/format.ts';
import { languageStore, t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import type { EventCategory } from '../../store/activity-store.ts';
import { useActivity } from '../../store/services.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { feedRows } from './group-feed.ts';
import { TimelapseStatus } from './timelapse-status.tsx';

const CATEGORIES: { value: EventCategory | 'all'; label: MessageId }[] = [
  { value: 'all', label: 'feed.category.all' },
  { value: 'print', label: 'feed.category.print' },
  { value: 'printer', label: 'feed.category.printer' },
  { value: 'connection', label: 'feed.category.connection' },
  { value: 'file', label: 'feed.category.file' },
  { value: 'slicing', label: 'feed.category.slicing' },
  { value: 'timelapse', label: 'feed.category.timelapse' },
  { value: 'notification', label: 'feed.category.notification' },
  { value: 'other', label: 'feed.category.other' },
];

export function EventFeed() {
  const feed = useActivity((s) => s.feed);
  const [category, setCategory] = useState<EventCategory | 'all'>('all');
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim().toLowerCase());
  // Each entry words itself in the active language when read: a new language makes new rows.
  const locale = useStore(languageStore, (s) => s.active);
  const shown = useMemo(
    () =>
      feedRows(feed).filter(
        (e) => (category === 'all' || e.category === category) && (!q || e.text.toLowerCase().includes(q)),
      ),
    // The entries word themselves in the active language when read, so a new language needs new rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [feed, category, q, locale],
  );

  const categories = CATEGORIES.map((c) => ({ value: c.value, label: t(c.label) }));
  return (
    <div className="event-feed">
      <TimelapseStatus />
      <div className="feed-filters">
        <SelectField label={t('feed.show')} value={category} choices={categories} onChange={setCategory} />
        <label>
          {t('feed.filter')}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('feed.filterPlaceholder')}
          />
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{feed.length === 0 ? t('feed.empty') : t('feed.noMatch')}</p>
      ) : (
        <ol className="feed" aria-label={t('feed.list')} data-testid="event-feed">
          {shown.map((e) => (
            <li key={e.id} data-category={e.category} data-severity={e.severity}>
              <time dateTime={new Date(e.at).toISOString()}>{formatClock(e.at, true)}</time> <span>{e.text}</span>
              {e.severity === 'error' || e.severity === 'warning' ? (
                <span className="visually-hidden"> {t(`feed.severity.${e.severity}`)}</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
