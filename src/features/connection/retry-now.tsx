// "Retry now" while the link is down: the status bar's one action then, in the place Pause or Connect takes otherwise.
import { t } from '../../shared/i18n.ts';
import { useServices } from '../../store/services.tsx';
import { RetryIcon } from './retry-icon.tsx';

export function RetryNow() {
  const { commands } = useServices();
  return (
    <button type="button" className="primary" onClick={() => commands.retryNow()}>
      <RetryIcon />
      {t('retry.now')}
    </button>
  );
}
