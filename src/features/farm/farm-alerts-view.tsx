// The farm's toasts (print done, failed, paused, printer offline), and the button that asks for browser notifications.
import { useState } from 'react';
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import type { FarmAlertsStore } from '../../store/farm-alerts.ts';

const canNotify = () => typeof Notification !== 'undefined';

export function FarmAlertsView({ alerts }: { alerts: FarmAlertsStore }) {
  const list = useStore(alerts, (s) => s.alerts);
  const [permission, setPermission] = useState(() => (canNotify() ? Notification.permission : 'denied'));
  return (
    <>
      {canNotify() && permission === 'default' ? (
        <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
          {t('farm.allowNotify')}
        </button>
      ) : null}
      <ol className="farm-toasts" aria-live="polite" aria-label={t('farm.notifications')}>
        {list.map((a) => (
          <li key={a.id} className="farm-toast" data-kind={a.kind}>
            <span>{a.text}</span>
            <button
              type="button"
              className="link"
              onClick={() => alerts.dismiss(a.id)}
              aria-label={t('farm.dismiss', { text: a.text })}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
