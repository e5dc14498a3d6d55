// Says so when the browser is offline: the page is the saved copy of the app, and live data waits for the network.
import { useSyncExternalStore } from 'react';
import { t } from '../../shared/i18n.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <p className="app-banner offline-banner" role="status" data-testid="offline-banner">
      <strong>{t('offline.title')}</strong> {t('offline.text')}
    </p>
  );
}
