// The settings menu's switch for browser notifications: the browser asks only when the user clicks it.
import { useState } from 'react';
import { t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';

type Permission = NotificationPermission | 'unsupported';

const current = (): Permission => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);

const SAYS: Record<Exclude<Permission, 'default'>, MessageId> = {
  granted: 'notify.granted',
  denied: 'notify.denied',
  unsupported: 'notify.unsupported',
};

export function NotifyToggle() {
  const [permission, setPermission] = useState<Permission>(current);
  if (permission !== 'default')
    return (
      <p className="notify-state" data-testid="notify-state">
        {t(SAYS[permission])}
      </p>
    );
  return (
    <button
      type="button"
      onClick={() => void Notification.requestPermission().then(setPermission, () => setPermission(current()))}
    >
      {t('notify.ask')}
    </button>
  );
}
