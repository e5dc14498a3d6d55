// The link and freshness banner: socket state, printer state, server version and how old the data is.
import type { ReactNode } from 'react';
import type { DashboardState } from '../../store/dashboard-store.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { LinkDetails, transportName } from './link-details.tsx';
import { useClockDerived } from './use-clock-derived.ts';

const STALE_AFTER_MS = 5000;

function linkLabel(state: string, retryInS: number): string {
  switch (state) {
    case 'ready':
      return 'Live';
    case 'connecting':
    case 'open':
      return 'Connecting…';
    case 'authenticating':
      return 'Logging in…';
    case 'backoff':
      return `Reconnecting in ${retryInS} s`;
    case 'auth-failed':
      return 'Login failed';
    case 'closed':
      return 'Offline';
    default:
      return 'Starting…';
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

/** `replay` takes the link state's place (and the data's age, which a recording does not have). */
export function ConnectionStatus({ replay }: { replay?: ReactNode } = {}) {
  const { commands } = useServices();
  const state = useDashboard((s) => s.link.state);
  const authFailure = useDashboard((s) => s.link.authFailure);
  const printerText = useDashboard((s) => s.printer.text);
  const printerError = useDashboard((s) => s.printer.error);
  const version = useDashboard((s) => s.server.version);
  const ignored = useDashboard((s) => s.counters.malformed + s.counters.handlerErrors);
  const transport = useDashboard((s) => s.link.transport);
  const { ageS, stale, quiet, retryInS } = useClockDerived(freshness);

  return (
    <section className="connection-status" aria-label="Connection" data-stale={replay ? false : stale}>
      {replay ?? (
        <p className="link-state" data-state={state} role="status" title={transport ? `Transport: ${transportName(transport)}` : undefined} data-transport={transport ?? undefined}>
          <span className="dot" aria-hidden="true" />
          <span data-testid="link-state">{linkLabel(state, retryInS)}</span>
          {state === 'backoff' || state === 'closed' || state === 'auth-failed' ? (
            <button type="button" onClick={() => commands.retryNow()}>
              Retry now
            </button>
          ) : null}
        </p>
      )}
      {replay ? null : <LinkDetails />}
      <p>
        Printer: <strong data-testid="printer-state">{printerText}</strong>
      </p>
      <p className="freshness" data-testid="freshness">
        {replay ? 'Recorded' : ageS === null ? 'No data yet' : quiet ? `Printer off · link alive, heard ${ageS} s ago` : `Updated ${ageS} s ago`}
        {version ? ` · OctoPrint ${version}` : ''}
      </p>
      {ignored > 0 ? (
        <p className="link-errors" data-testid="link-errors" title="Messages from the server that were invalid or failed to apply">
          {ignored} bad message{ignored === 1 ? '' : 's'} ignored
        </p>
      ) : null}
      {authFailure ? <p role="alert">Login failed: {authFailure}</p> : null}
      {printerError ? (
        <p className="printer-error" role="alert" data-testid="printer-error">
          {printerError}
        </p>
      ) : null}
    </section>
  );
}
