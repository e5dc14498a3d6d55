// How the dashboard writes temperatures, durations and times of day: one format for each, everywhere, in the
// active language's conventions (Intl), temperatures in °C as OctoPrint reports them.
import { currentLocale, t } from './i18n.ts';

/** "201.5 °C" (one decimal by default, what a person reads on a thermometer); '–' when there is no reading. */
export function formatTemperature(v: number | null | undefined, digits = 1): string {
  return v == null || Number.isNaN(v) ? '–' : `${formatNumber(v, digits)} °C`;
}

// Building an Intl formatter costs far more than formatting with one, and panels format on every update; a steady
// temperature is the same few numbers again and again, so each formatter remembers its recent results too.
const numberFormats = new Map<string, { format: Intl.NumberFormat; recent: Map<number, string> }>();
const RECENT_NUMBERS = 64;
/** `v` with exactly `digits` decimals in the active language ("201.5", "201,5"). */
export function formatNumber(v: number, digits = 0): string {
  const key = `${currentLocale()}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    const format = new Intl.NumberFormat(currentLocale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    f = { format, recent: new Map() };
    numberFormats.set(key, f);
  }
  let text = f.recent.get(v);
  if (text === undefined) {
    text = f.format.format(v);
    if (f.recent.size >= RECENT_NUMBERS) f.recent.clear();
    f.recent.set(v, text);
  }
  return text;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "3 h 05 min", "6 min 57 s", "42 s"; with precision 'minutes', "6 min" (for estimates, where seconds are noise).
 * '–' for no value or a negative one.
 */
export function formatDuration(
  seconds: number | null | undefined,
  precision: 'seconds' | 'minutes' = 'seconds',
): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '–';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  // Views pick this text on every store change (it changes far less often than the seconds): the message
  // formatting is done once per shown text, not once per update.
  const key = h > 0 ? `h${h}:${m}` : m > 0 && precision === 'minutes' ? `m${m}` : `s${s}`;
  if (durations.locale !== currentLocale()) {
    durations.locale = currentLocale();
    durations.recent.clear();
  }
  let text = durations.recent.get(key);
  if (text === undefined) {
    if (h > 0) text = t('duration.hoursMinutes', { h, m: pad(m) });
    else if (m > 0)
      text =
        precision === 'minutes' ? t('duration.minutes', { m }) : t('duration.minutesSeconds', { m, s: pad(s % 60) });
    else text = t('duration.seconds', { s });
    if (durations.recent.size >= RECENT_NUMBERS) durations.recent.clear();
    durations.recent.set(key, text);
  }
  return text;
}
const durations = { locale: '', recent: new Map<string, string>() };

const STYLES = {
  clock: { hour: '2-digit', minute: '2-digit' },
  clockSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  weekday: { weekday: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Keyed by locale and a style name: the clock is formatted on every update, so no key is built from the options.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string = currentLocale(), style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, STYLES[style]);
    formats.set(key, f);
  }
  return f;
}

/** Time of day on the browser's clock, in the active language: "14:05", or "14:05:09" with seconds. */
export function formatClock(epochMs: number, withSeconds = false, locale?: string): string {
  return format(locale, withSeconds ? 'clockSeconds' : 'clock').format(epochMs);
}

/** A moment to come: "14:05", or "Tue 09:30" when it is not today; '–' when unknown. */
export function formatFinish(at: number | null, now: number = Date.now(), locale: string = currentLocale()): string {
  if (at == null) return '–';
  // Asked on every update, and the answer changes once a minute at most: the last one is kept, by minute and day.
  const minute = Math.floor(at / 60_000);
  const today = dayOf(now);
  const last = lastFinish;
  if (last.minute === minute && last.today === today && last.locale === locale) return last.text;
  const time = formatClock(at, false, locale);
  const text = dayOf(at) === today ? time : `${format(locale, 'weekday').format(at)} ${time}`;
  lastFinish = { minute, today, locale, text };
  return text;
}
let lastFinish = { minute: NaN, today: NaN, locale: '', text: '' };
/** The local calendar day of a moment, as a number (year, month and day): days compare without building strings. */
function dayOf(epochMs: number): number {
  const d = new Date(epochMs);
  return (d.getFullYear() * 12 + d.getMonth()) * 31 + d.getDate();
}

/** A share in the active language's percent style ("42 %", "42%"): `fraction` 0.42 for 42 %. */
export function formatPercent(fraction: number, locale: string = currentLocale()): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'percent' });
    percentFormats.set(locale, f);
  }
  return f.format(fraction);
}
const percentFormats = new Map<string, Intl.NumberFormat>();

/** Filament length: "300 mm" under a metre, "12.35 m" from one; '–' when unknown. */
export function formatFilament(mm: number | null): string {
  if (mm == null) return '–';
  return mm >= 1000 ? `${formatNumber(mm / 1000, 2)} m` : `${formatNumber(mm, 0)} mm`;
}
