// What is on screen as CSV: the chart's window (ISO time, each heater's actual and target) and the event feed.
import type { FeedEntry } from './activity-store.ts';
import type { SeriesView } from './temperature-series.ts';

/** One CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs network text as a formula. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: (string | number | null)[]) => cells.map(csvCell).join(',');

/** The first index of the window: points within `minutes` of the newest. */
export function windowStart(view: SeriesView, minutes: number): number {
  const n = view.times.length;
  if (n === 0) return 0;
  const from = (view.times[n - 1] as number) - minutes * 60;
  let i = n - 1;
  while (i > 0 && (view.times[i - 1] as number) >= from) i--;
  return i;
}

/** One row per point of the window; gap rows (printer off) have empty cells. */
export function chartCsv(view: SeriesView, minutes: number): string {
  const lines = [row(['time', ...view.heaters.flatMap((h) => [`${h} actual`, `${h} target`])])];
  for (let i = windowStart(view, minutes); i < view.times.length; i++) {
    const cells: (string | number | null)[] = [new Date((view.times[i] as number) * 1000).toISOString()];
    view.heaters.forEach((_, h) => cells.push(view.actual[h]?.[i] ?? null, view.target[h]?.[i] ?? null));
    lines.push(row(cells));
  }
  return `${lines.join('\n')}\n`;
}

/** The event feed, oldest first. */
export function eventsCsv(feed: readonly FeedEntry[]): string {
  const sorted = [...feed].sort((a, b) => a.at - b.at);
  const lines = [row(['time', 'type', 'category', 'text'])];
  for (const e of sorted) lines.push(row([new Date(e.at).toISOString(), e.type, e.category, e.text]));
  return `${lines.join('\n')}\n`;
}
