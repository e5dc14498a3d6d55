// The one state the status bar and the kiosk show, for its colour: printing, paused, error, offline (printer or link) or ready.
import type { DashboardState } from './dashboard-store.ts';

export type StatusKind = 'printing' | 'paused' | 'error' | 'offline' | 'ready';

export function statusKind(s: DashboardState): StatusKind {
  // Logging in again on the open socket keeps the data flowing (see ConnectionStatus): not offline.
  if (s.link.state !== 'ready' && s.link.state !== 'authenticating') return 'offline';
  if (s.printer.error) return 'error';
  if (s.printer.flags.paused) return 'paused';
  if (s.printer.flags.printing) return 'printing';
  if (s.printer.off || !s.printer.flags.operational) return /error/i.test(s.printer.text) ? 'error' : 'offline';
  return 'ready';
}

/** The link is down and the page is waiting to reconnect: Retry is the one useful action. */
export const linkDown = (s: DashboardState): boolean =>
  s.link.state === 'backoff' || s.link.state === 'closed' || s.link.state === 'auth-failed';
