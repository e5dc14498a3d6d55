// The kiosk's state in words (its colour class is the status bar's statusKind): from the link and the printer's text.
import { t } from '../../shared/i18n.ts';
import { printerStateText } from '../../shared/printer-state.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';

/**
 * "Printing", "Operational", "Offline"... (OctoPrint's word, translated); while the link is down the server's last
 * word is stale, so it says so.
 */
export function kioskStateText(s: DashboardState): string {
  if (s.link.state === 'ready' || s.link.state === 'authenticating') return printerStateText(s.printer.text);
  return s.link.state === 'connecting' || s.link.state === 'idle' ? t('link.connecting') : t('kiosk.noConnection');
}
