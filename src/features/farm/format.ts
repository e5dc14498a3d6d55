// Formatting for the farm cards (the rest is shared/format.ts): bare temperatures beside one unit, link words.
import { formatNumber } from '../../shared/format.ts';
import { say, t } from '../../shared/i18n.ts';
import type { FarmPrinterState } from '../../store/farm-printer-store.ts';

/** "201.5": a card writes actual / target with one unit after both. */
export function temperature(v: number | null): string {
  return v == null ? '–' : formatNumber(v, 1);
}

/** The card's link badge: what the socket says, in words. */
export function linkWords(s: Pick<FarmPrinterState, 'link' | 'tooOld' | 'version' | 'linkReason'>): {
  text: string;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
} {
  if (s.tooOld) return { text: t('farm.tooOld', { version: s.version ?? '' }), tone: 'bad' };
  switch (s.link) {
    case 'ready':
      return { text: t('farm.live'), tone: 'ok' };
    case 'auth-failed':
      return { text: t('farm.refused'), tone: 'bad' };
    case 'backoff':
      return {
        text: s.linkReason ? t('farm.unreachableWhy', { reason: say(s.linkReason) }) : t('farm.unreachable'),
        tone: 'bad',
      };
    case 'closed':
      return { text: t('farm.disconnected'), tone: 'muted' };
    default:
      return { text: t('farm.connecting'), tone: 'muted' };
  }
}

/** The budget chip's line, e.g. "Updates 6.2 of 20 ms/s · 12 of 23 live in view · every 2 s". */
export function budgetText(msPerSecond: number, budget: number, inView: number, live: number, everyS: number): string {
  const ms = Number.isFinite(msPerSecond) ? formatNumber(msPerSecond, 1) : '–';
  return t('farmBudget.line', { ms, budget, inView, live, every: everyS });
}

/** The chip's detail: what one round of every card in view costs (p95) against its budget. */
export function roundText(p95: number, budgetMs: number): string {
  const ms = Number.isFinite(p95) ? `${formatNumber(p95, 1)} ms` : t('farmBudget.notMeasured');
  return t('farmBudget.round', { ms, budget: Math.round(budgetMs) });
}
