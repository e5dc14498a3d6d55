// Formatting for the job panel: durations, wall-clock finish time in the browser's zone, estimate quality.

export function formatDuration(seconds: number | null): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '–';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(sec).padStart(2, '0')} s`;
  return `${sec} s`;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and the panel formats on every update.
const formats = new Map<string, { time: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();
function formatsFor(locale: string | undefined) {
  const key = locale ?? '';
  let f = formats.get(key);
  if (!f) {
    f = { time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }), day: new Intl.DateTimeFormat(locale, { weekday: 'short' }) };
    formats.set(key, f);
  }
  return f;
}

/** "14:05", or "Tue 09:30" when it is not today; the browser's time zone and locale. */
export function formatFinish(at: number | null, now: number = Date.now(), locale?: string): string {
  if (at == null) return '–';
  const d = new Date(at);
  const f = formatsFor(locale);
  const time = f.time.format(d);
  if (new Date(now).toDateString() === d.toDateString()) return time;
  return `${f.day.format(d)} ${time}`;
}

/** OctoPrint's printTimeLeftOrigin, in the words and accuracy its own UI uses. */
export function estimateQuality(origin: string | null): { label: string; level: 'low' | 'medium' | 'good' | 'unknown' } {
  switch (origin) {
    case 'linear':
      return { label: 'rough, from progress so far', level: 'low' };
    case 'analysis':
      return { label: 'from file analysis', level: 'medium' };
    case 'mixed-analysis':
      return { label: 'analysis mixed with progress', level: 'medium' };
    case 'average':
      return { label: 'from past prints', level: 'good' };
    case 'mixed-average':
      return { label: 'past prints mixed with progress', level: 'good' };
    case 'estimate':
      return { label: 'calculated estimate', level: 'good' };
    default:
      return { label: 'no estimate yet', level: 'unknown' };
  }
}

export function formatFilament(mm: number | null): string {
  if (mm == null) return '–';
  return mm >= 1000 ? `${(mm / 1000).toFixed(2)} m` : `${mm.toFixed(0)} mm`;
}
