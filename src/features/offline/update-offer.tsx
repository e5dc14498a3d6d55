// Offers the newer build the service worker has downloaded: one click reloads into it (never hidden by the cache).
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import { appUpdate } from '../../store/app-update-store.ts';

export function UpdateOffer() {
  const waiting = useStore(appUpdate, (s) => s.waiting);
  const apply = useStore(appUpdate, (s) => s.apply);
  if (!waiting || !apply) return null;
  return (
    <p className="app-banner update-offer" role="status" data-testid="update-offer">
      {t('offline.updateReady')}
      <button type="button" className="primary" onClick={apply}>
        {t('offline.reload')}
      </button>
    </p>
  );
}
