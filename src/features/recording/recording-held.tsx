// How much the recorder holds: a component of its own, so a written batch renders this one line and nothing else.
import { useStore } from 'zustand';
import { formatNumber } from '../../shared/format.ts';
import { currentLocale, t } from '../../shared/i18n.ts';
import type { Recorder } from '../../store/recorder.ts';

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

export function RecordingHeld({ recorder }: { recorder: Recorder }) {
  const count = useStore(recorder.status, (s) => s.count);
  const bytes = useStore(recorder.status, (s) => s.bytes);
  const oldest = useStore(recorder.status, (s) => s.oldest);
  return (
    <p className="recording-held" role="status">
      {count === 0 ? t('recording.nothing') : t('recording.holds', { count, size: size(bytes), since: since(oldest) })}
    </p>
  );
}
