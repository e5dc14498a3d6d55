// A uPlot plugin that shows the values under the cursor in a small box beside it: updated only while the pointer moves.
import type uPlot from 'uplot';
import { formatTemperature } from '../../shared/format.ts';
import { currentLocale, t } from '../../shared/i18n.ts';

let clock: { locale: string; format: Intl.DateTimeFormat } | null = null;
/** The time format of the active language, rebuilt only when the language changes. */
function clockFormat(): Intl.DateTimeFormat {
  const locale = currentLocale();
  if (clock?.locale !== locale)
    clock = {
      locale,
      format: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
    };
  return clock.format;
}
const deg = (v: number | null | undefined) => formatTemperature(v);

/** The row whose time is closest to `t` (times ascending), or -1 without data. */
export function nearestRow(times: ArrayLike<number>, t: number): number {
  const n = times.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && t - (times[lo - 1] as number) < (times[lo] as number) - t ? lo - 1 : lo;
}

/** The tooltip's lines for row `idx`: the time, then each shown series with its value. */
export function tooltipLines(u: uPlot, idx: number): { label: string; value: string; color: string }[] {
  const time = u.data[0]?.[idx];
  const lines = [{ label: t('chart.time'), value: time == null ? '–' : clockFormat().format(time * 1000), color: '' }];
  for (let s = 1; s < u.series.length; s++) {
    const ser = u.series[s] as uPlot.Series;
    if (!ser.show) continue;
    lines.push({
      label: String(ser.label ?? ''),
      value: deg(u.data[s]?.[idx]),
      color: typeof ser.stroke === 'string' ? ser.stroke : '',
    });
  }
  return lines;
}

export function cursorTooltip(): uPlot.Plugin {
  let box: HTMLDivElement | null = null;
  let shownIdx: number | null = null;
  return {
    hooks: {
      init: [
        (u) => {
          box = document.createElement('div');
          box.className = 'chart-tooltip';
          box.dataset.testid = 'chart-tooltip';
          box.hidden = true;
          u.over.appendChild(box);
        },
      ],
      setCursor: [
        (u) => {
          if (!box) return;
          // The row is found here, not taken from uPlot's cursor: uPlot snaps only to the rows of its last whole
          // redraw, and a new point's segments are painted without one (tail-painter.ts).
          const { left, top } = u.cursor;
          const idx = left == null || left < 0 ? -1 : nearestRow(u.data[0] as ArrayLike<number>, u.posToVal(left, 'x'));
          if (idx < 0 || left == null || top == null) {
            box.hidden = true;
            shownIdx = null;
            return;
          }
          if (idx !== shownIdx) {
            shownIdx = idx;
            box.replaceChildren(
              ...tooltipLines(u, idx).map((l) => {
                const row = document.createElement('div');
                const name = document.createElement('span');
                name.textContent = l.label;
                if (l.color) name.style.borderLeftColor = l.color;
                const value = document.createElement('b');
                value.textContent = l.value;
                row.append(name, value);
                return row;
              }),
            );
          }
          box.hidden = false;
          // Beside the cursor, on the side with room, and never below the plot.
          const w = u.over.clientWidth;
          const flip = left > w / 2;
          box.style.left = flip ? '' : `${left + 12}px`;
          box.style.right = flip ? `${w - left + 12}px` : '';
          box.style.top = `${Math.max(0, Math.min(top - 20, u.over.clientHeight - box.offsetHeight))}px`;
        },
      ],
    },
  };
}
