// The one state the kiosk shows, in words and as a colour class: from the link and the printer's flags.
import { t } from '../../shared/i18n.ts';
import { printerStateText } from '../../shared/printer-state.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';

export type KioskStateKind = 'printing' | 'paused' | 'error' | 'offline' | 'ready';

export function kioskStateKind(s: DashboardState): KioskStateKind {
  if (s.link.state !== 'ready' && s.link.state !== 'authenticating') return 'offline';
  if (s.printer.error) return 'error';
  if (s.printer.flags.paused) return 'paused';
  if (s.printer.flags.printing) return 'printing';
  if (s.printer.off || !s.printer.flags.operational) return /error/i.test(s.printer.text) ? 'error' : 'offline';
  return 'ready';
}

/**
 * "Printing", "Operational", "Offline"... (OctoPrint's word, translated); while the link is down the server's last
 * word is stale, so it says so.
 */
export function kioskStateText(s: DashboardState): string {
  if (s.link.state === 'ready' || s.link.state === 'authenticating') return printerStateText(s.printer.text);
  return s.link.state === 'connecting' || s.link.state === 'idle' ? t('link.connecting') : t('kiosk.noConnection');
}
