// Registers the service worker (built by vite-plugin-pwa): the app shell from the cache, a new build offered as soon
// as it has downloaded, and a check for one every hour (a kiosk never reloads by itself).
import { registerSW } from 'virtual:pwa-register';
import { appUpdate } from '../store/app-update-store.ts';

const CHECK_EVERY_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh() {
      appUpdate.setState({ waiting: true });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        // Offline, the check fails anyway; it is tried again at the next hour.
        if (navigator.onLine) void registration.update().catch(() => {});
      }, CHECK_EVERY_MS);
    },
  });
  appUpdate.setState({ apply: () => void update(true) });
}
