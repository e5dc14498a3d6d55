// The link's details at the end of the status line: the transport in use, why the page waits, and the last error.
import { t } from '../../shared/i18n.ts';
import { problemText } from '../../store/problem-text.ts';
import { useDashboard } from '../../store/services.tsx';
import { waitReasonText } from '../../store/wait-reason.ts';

/** SockJS names its transports with underscores on the wire and dashes in the client; people read spaces. */
export const transportName = (t: string) => t.replace(/[-_]/g, ' ');

export function LinkDetails() {
  const state = useDashboard((s) => s.link.state);
  const transport = useDashboard((s) => s.link.transport);
  const waitReason = useDashboard((s) => s.link.waitReason);
  const lastError = useDashboard((s) => s.link.lastError);
  const waiting = state === 'backoff' && waitReason;
  const showError = lastError && state !== 'ready';
  // WebSocket is the normal case and says so in the status's tooltip; a fallback transport is worth a visible word
  // (it is slower, and tells of a proxy in the way), and the header stays one line on a 1280 px screen.
  const showTransport = transport && transport !== 'websocket';
  if (!showTransport && !waiting && !showError) return null;
  return (
    <span className="link-details" data-testid="link-details">
      {showTransport ? (
        <span data-testid="link-transport" title={t('link.transportInUse')}>
          {t('link.via', { name: transportName(transport) })}
        </span>
      ) : null}
      {waiting ? (
        <span data-testid="link-wait-reason"> {t('link.waiting', { reason: waitReasonText(waitReason) })}</span>
      ) : null}
      {showError ? (
        <span data-testid="link-last-error"> {t('link.lastError', { error: problemText(lastError) })}</span>
      ) : null}
    </span>
  );
}
