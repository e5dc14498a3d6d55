// Says so when the browser is offline: the page is the saved copy of the app, and live data waits for the network.
import { useSyncExternalStore } from 'react';

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
      <strong>Offline.</strong> This is the dashboard saved on this device; the printer’s data comes back with the
      network.
    </p>
  );
}
