// The chart in words: each heater's value and target now, and how it moved over the last minutes.
import { formatTemperature } from '../../shared/format.ts';
import { heaterLabel } from '../../shared/heaters.ts';
import { t } from '../../shared/i18n.ts';
import type { TemperatureSeries } from '../../store/temperature-series.ts';

/** The first value of column `col` at or just after `time`, with its time; null when there is none. */
function pointFrom(series: TemperatureSeries, col: Float64Array, time: number): { value: number; time: number } | null {
  for (let i = 0; i < series.length; i++) {
    const t = series.times[i] as number;
    if (t >= time) {
      const v = col[i] as number;
      if (!Number.isNaN(v)) return { value: v, time: t };
    }
  }
  return null;
}

/** "5 minutes", "1 minute", "40 seconds": how far back the trend really reaches. */
function span(seconds: number): string {
  if (seconds >= 90) return t('summary.minutes', { n: Math.round(seconds / 60) });
  if (seconds >= 60) return t('summary.minute');
  return t('summary.seconds', { n: Math.round(seconds) });
}

/** Shorter histories than this say no trend at all. */
const MIN_TREND_S = 10;

export function summarize(series: TemperatureSeries, minutes: number, hidden: readonly string[] = []): string {
  const last = series.lastTime;
  if (last === null) return t('summary.noData');
  if (series.endsInGap) return t('summary.off');
  const parts: string[] = [];
  series.heaters.forEach((id, h) => {
    if (hidden.includes(id)) return;
    const actual = series.actual[h] as Float64Array;
    const target = series.target[h] as Float64Array;
    const now = actual[series.length - 1] as number;
    if (Number.isNaN(now)) return;
    const aim = target[series.length - 1] as number;
    // With less history than asked for (just connected), the trend says how far back it really goes.
    const then = pointFrom(series, actual, last - minutes * 60);
    let trend = '';
    if (then && last - then.time >= MIN_TREND_S) {
      const d = now - then.value;
      const back = span(last - then.time);
      trend =
        Math.abs(d) < 1
          ? t('summary.steady', { span: back })
          : t(d > 0 ? 'summary.up' : 'summary.down', { from: formatTemperature(then.value), span: back });
    }
    parts.push(
      `${heaterLabel(id)} ${formatTemperature(now)}${Number.isNaN(aim) || aim === 0 ? t('summary.heaterOff') : t('summary.target', { target: formatTemperature(aim) })}${trend}.`,
    );
  });
  return parts.length ? parts.join(' ') : t('summary.noData');
}
