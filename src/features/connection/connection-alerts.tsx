// Problems that need words, under the status bar: a failed login, the printer's error, and ignored bad messages.
import { t } from '../../shared/i18n.ts';
import { problemText } from '../../store/problem-text.ts';
import { useDashboard } from '../../store/services.tsx';

export function ConnectionAlerts() {
  const authFailure = useDashboard((s) => s.link.authFailure);
  const printerError = useDashboard((s) => s.printer.error);
  const ignored = useDashboard((s) => s.counters.malformed + s.counters.handlerErrors);
  if (!authFailure && !printerError && ignored === 0) return null;
  return (
    <div className="connection-alerts">
      {authFailure ? <p role="alert">{t('alerts.loginFailed', { reason: problemText(authFailure) })}</p> : null}
      {printerError ? (
        <p className="printer-error" role="alert" data-testid="printer-error">
          {printerError}
        </p>
      ) : null}
      {ignored > 0 ? (
        <p className="link-errors" data-testid="link-errors" title={t('alerts.badTitle')}>
          {t('alerts.bad', { count: ignored })}
        </p>
      ) : null}
    </div>
  );
}
