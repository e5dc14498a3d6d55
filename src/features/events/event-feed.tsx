// The activity card: push events in words with their times and severity, newest first, state changes grouped;
// filterable by category and text.
import { useDeferredValue, useMemo, useState } from 'react';
import { formatClock } from '../../shared/format.ts';
import type { EventCategory } from '../../store/activity-store.ts';
import { useActivity } from '../../store/services.tsx';
import { feedRows } from './group-feed.ts';
import { TimelapseStatus } from './timelapse-status.tsx';

const CATEGORIES: { value: EventCategory | 'all'; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'print', label: 'Print' },
  { value: 'printer', label: 'Printer' },
  { value: 'connection', label: 'Connection' },
  { value: 'file', label: 'Files' },
  { value: 'slicing', label: 'Slicing' },
  { value: 'timelapse', label: 'Timelapse' },
  { value: 'notification', label: 'Printer messages' },
  { value: 'other', label: 'Other' },
];

export function EventFeed() {
  const feed = useActivity((s) => s.feed);
  const [category, setCategory] = useState<EventCategory | 'all'>('all');
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim().toLowerCase());
  const shown = useMemo(
    () =>
      feedRows(feed).filter(
        (e) => (category === 'all' || e.category === category) && (!q || e.text.toLowerCase().includes(q)),
      ),
    [feed, category, q],
  );

  return (
    <div className="event-feed">
      <TimelapseStatus />
      <div className="feed-filters">
        <label>
          Show{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value as EventCategory | 'all')}>
            {CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="text" />
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{feed.length === 0 ? 'No events yet' : 'No event matches the filter'}</p>
      ) : (
        <ol className="feed" aria-label="Events, newest first" data-testid="event-feed">
          {shown.map((e) => (
            <li key={e.id} data-category={e.category} data-severity={e.severity}>
              <time dateTime={new Date(e.at).toISOString()}>{formatClock(e.at, true)}</time> <span>{e.text}</span>
              {e.severity === 'error' || e.severity === 'warning' ? (
                <span className="visually-hidden"> ({e.severity})</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
