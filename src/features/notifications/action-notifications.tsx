// OctoPrint's action-command notifications (firmware `action:notification ...`), as a dismissable list.
import { formatClock } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { dismissNotification } from '../../store/activity-store.ts';
import { useActivity, useServices } from '../../store/services.tsx';
import { DismissButton } from '../../ui/dismiss-button.tsx';
import { ListPanel } from '../../ui/list-panel.tsx';

export function ActionNotifications() {
  const { activity } = useServices();
  const items = useActivity((s) => s.notifications);
  // Shown only while the printer has said something: the same messages also go to the feed and to toasts.
  return (
    <ListPanel
      id="messages"
      heading={t('messages.heading')}
      items={items}
      listClass="notifications"
      testId="action-notifications"
    >
      {(n) => (
        <li key={n.id}>
          <time dateTime={new Date(n.at).toISOString()}>{formatClock(n.at)}</time> <span>{n.text}</span>
          <DismissButton
            label={t('messages.dismiss', { text: n.text })}
            onDismiss={() => dismissNotification(activity, n.id)}
          />
        </li>
      )}
    </ListPanel>
  );
}
