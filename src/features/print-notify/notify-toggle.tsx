// The settings menu's switch for browser notifications: the browser asks only when the user clicks it.
import { useState } from 'react';

type Permission = NotificationPermission | 'unsupported';

const current = (): Permission => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);

const SAYS: Record<Exclude<Permission, 'default'>, string> = {
  granted: 'Print notifications are on: finished, failed, paused, printer disconnected.',
  denied: 'Notifications are blocked for this site in the browser’s settings.',
  unsupported: 'This browser cannot show notifications.',
};

export function NotifyToggle() {
  const [permission, setPermission] = useState<Permission>(current);
  if (permission !== 'default')
    return (
      <p className="notify-state" data-testid="notify-state">
        {SAYS[permission]}
      </p>
    );
  return (
    <button
      type="button"
      onClick={() => void Notification.requestPermission().then(setPermission, () => setPermission(current()))}
    >
      Notify me when a print ends or pauses
    </button>
  );
}
