// The notice for a recording being opened, or why the last file could not be: the rest of the page is unchanged.
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import { replaySession } from '../../store/replay-session.ts';

export function OpenNotice() {
  const error = useStore(replaySession, (s) => s.error);
  const loading = useStore(replaySession, (s) => s.loading);
  if (loading)
    return (
      <p className="open-notice" role="status">
        {t('recording.opening')}
      </p>
    );
  if (!error) return null;
  return (
    <p className="open-notice open-notice-error" role="alert">
      <span>{t('recording.openFailed', { error })}</span>{' '}
      <button type="button" className="secondary" onClick={() => replaySession.setState({ error: null })}>
        {t('recording.dismiss')}
      </button>
    </p>
  );
}
