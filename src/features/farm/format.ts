// Formatting for the farm cards: short durations, the finish time on the viewer's clock, temperatures, link words.
import type { FarmPrinterState } from '../../store/farm-printer-store.ts';

export function shortDuration(seconds: number | null): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '–';
  const m = Math.round(seconds / 60);
  if (m < 1) return '< 1 min';
  const h = Math.floor(m / 60);
  return h > 0 ? `${h} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const clockSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The finish time on the viewer's clock: now + the time left. */
export function finishAt(left: number | null, now: number): string {
  return left == null || !Number.isFinite(left) ? '–' : clock.format(new Date(now + left * 1000));
}

export const timeOfDay = (at: number): string => (at ? clockSeconds.format(new Date(at)) : '–');

export function temperature(v: number | null): string {
  return v == null ? '–' : v.toFixed(1);
}

export const heaterLabel = (id: string): string => (id === 'bed' ? 'Bed' : id === 'chamber' ? 'Chamber' : id.replace(/^tool(\d+)$/, (_m, n: string) => `Tool ${n}`));

/** The card's link badge: what the socket says, in words. */
export function linkWords(s: Pick<FarmPrinterState, 'link' | 'tooOld' | 'version' | 'linkReason'>): { text: string; tone: 'ok' | 'warn' | 'bad' | 'muted' } {
  if (s.tooOld) return { text: `OctoPrint ${s.version ?? ''} is too old (1.8 or later)`, tone: 'bad' };
  switch (s.link) {
    case 'ready':
      return { text: 'Live', tone: 'ok' };
    case 'auth-failed':
      return { text: 'Key or login refused', tone: 'bad' };
    case 'backoff':
      return { text: `Server unreachable${s.linkReason ? `: ${s.linkReason}` : ''}`, tone: 'bad' };
    case 'closed':
      return { text: 'Disconnected', tone: 'muted' };
    default:
      return { text: 'Connecting…', tone: 'muted' };
  }
}
