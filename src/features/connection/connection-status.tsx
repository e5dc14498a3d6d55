// The state chip and status line: printer state, freshness dot, socket state, server version and how old the data is.
import type { ReactNode } from 'react';
import { t } from '../../shared/i18n.ts';
import { printerStateText } from '../../shared/printer-state.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';
import { useDashboard } from '../../store/services.tsx';
import { LinkDetails, transportName } from './link-details.tsx';
import { useClockDerived } from './use-clock-derived.ts';

const STALE_AFTER_MS = 5000;

function linkLabel(state: string, retryInS: number): string {
  switch (state) {
    case 'ready':
      return t('link.live');
    case 'connecting':
    case 'open':
      return t('link.connecting');
    case 'authenticating':
      return t('link.loggingIn');
    case 'backoff':
      return t('link.reconnecting', { seconds: retryInS });
    case 'auth-failed':
      return t('link.loginFailed');
    case 'closed':
      return t('link.offline');
    default:
      return t('link.starting');
  }
}

/**
 * Whole seconds since the last update (floored: at two messages a second it stays 0), staleness, countdown. A printer
 * that is off makes the server go quiet (one `current`, then heartbeats only): then the age is that of the last frame or
 * heartbeat, and quiet is not stale; the socket's watchdog says when the link itself is gone.
 */
function freshness(s: DashboardState, now: number) {
  // Logging in again on the open socket (after `reauthRequired`) keeps the data flowing: not stale while it is fresh.
  const live = s.link.state === 'ready' || s.link.state === 'authenticating';
  const quietIsFine = s.printer.off && live;
  const last = quietIsFine ? Math.max(s.lastUpdateAt, s.lastBeatAt) : s.lastUpdateAt;
  return {
    ageS: last ? Math.max(0, Math.floor((now - last) / 1000)) : null,
    stale: !live || (!quietIsFine && last > 0 && now - last > STALE_AFTER_MS),
    quiet: quietIsFine,
    retryInS: Math.max(0, Math.ceil((s.link.retryAt - now) / 1000)),
  };
}

/**
 * While the link is up and data flows, the age may turn from "0 s" to "1 s" up to half a second late (the counting goes
 * on every second from there, each value shown when it is true). Reconnecting, the countdown is exact.
 */
const lateWhileLive = (s: DashboardState) => (s.link.state === 'ready' ? 500 : 0);

/**
 * The state chip and one status line: the printer's state (its colour comes from the status bar's kind), a dot for the
 * data's freshness, the link and how old the data is. Fixed in size: going stale or reconnecting changes words and
 * colours, never the layout. Errors go to ConnectionAlerts, the Retry button to the status bar's action slot.
 * In a replay, `replay` takes the link state's place and the data's age reads "Recorded".
 */
export function ConnectionStatus({ replay }: { replay?: ReactNode } = {}) {
  const state = useDashboard((s) => s.link.state);
  const printerText = useDashboard((s) => s.printer.text);
  const version = useDashboard((s) => s.server.version);
  const transport = useDashboard((s) => s.link.transport);
  const { ageS, stale, quiet, retryInS } = useClockDerived(freshness, 1000, lateWhileLive);
  const fresh =
    ageS === null
      ? t('link.noData')
      : quiet
        ? t('link.quiet', { seconds: ageS })
        : t('link.updated', { seconds: ageS });

  return (
    <section
      className="connection-status"
      aria-label={t('link.connection')}
      data-stale={replay ? false : stale}
      data-link={replay ? 'replay' : state}
    >
      <span className="state-chip" title={stale ? t('link.stale', { fresh }) : fresh}>
        <span className="fresh-dot" aria-hidden="true" />
        <strong data-testid="printer-state">{printerStateText(printerText)}</strong>
      </span>
      <p className="status-line">
        {replay ?? (
          <span
            className="link-state"
            data-state={state}
            role="status"
            title={transport ? t('link.transport', { name: transportName(transport) }) : undefined}
            data-transport={transport ?? undefined}
          >
            <span data-testid="link-state">{linkLabel(state, retryInS)}</span>
          </span>
        )}
        {' · '}
        <span className="freshness" data-testid="freshness">
          {replay ? t('link.recorded') : fresh}
          {version ? ` · OctoPrint ${version}` : ''}
        </span>
        {replay ? null : <LinkDetails />}
      </p>
    </section>
  );
}
