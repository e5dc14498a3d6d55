// Farm alerts as browser notifications, only once the user has allowed them (asked only after a click).
import { t } from '../../shared/i18n.ts';
import type { FarmRegistry } from '../../store/farm-registry.ts';

let installed = false;

/** Once per page: the registry outlives the farm view, and so do its notifications. */
export function installBrowserNotifications(registry: FarmRegistry): void {
  if (installed || typeof Notification === 'undefined') return;
  installed = true;
  registry.onAlert((a) => {
    if (Notification.permission !== 'granted') return;
    try {
      new Notification(t('farm.notifyTitle'), { body: a.text, tag: `farm-${a.id}` });
    } catch {
      // Some browsers only allow notifications from a service worker: the toast still shows.
    }
  });
}
