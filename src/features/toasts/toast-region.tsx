// Toasts for print done, failed, paused, errors and printer notifications; polite, dismissable, self-closing.
import { useEffect } from 'react';
import { t } from '../../shared/i18n.ts';
import { dismissToast, type Toast } from '../../store/activity-store.ts';
import { useActivity, useServices } from '../../store/services.tsx';
import { DismissButton } from '../../ui/dismiss-button.tsx';

const LIFETIME_MS: Record<Toast['kind'], number> = { success: 8000, info: 8000, warning: 12_000, error: 0 };

function ToastItem({ toast }: { toast: Toast }) {
  const { activity } = useServices();
  useEffect(() => {
    const ms = LIFETIME_MS[toast.kind];
    // Errors stay until dismissed: a person who was away must still see them.
    if (!ms) return;
    const t = setTimeout(() => dismissToast(activity, toast.id), ms);
    return () => clearTimeout(t);
  }, [activity, toast.id, toast.kind]);
  return (
    <li className={`toast toast-${toast.kind}`}>
      <div role={toast.kind === 'error' ? 'alert' : undefined}>
        <strong>{toast.title}</strong>
        {toast.body ? <p>{toast.body}</p> : null}
      </div>
      <DismissButton
        label={t('toasts.dismiss', { title: toast.title })}
        onDismiss={() => dismissToast(activity, toast.id)}
      />
    </li>
  );
}

export function ToastRegion() {
  const toasts = useActivity((s) => s.toasts);
  return (
    // The region exists from the start, so screen readers announce what is added to it.
    <section className="toasts" aria-label={t('toasts.label')} aria-live="polite" aria-relevant="additions">
      <ol>
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} />
        ))}
      </ol>
    </section>
  );
}
