// The timelapse render in progress (or how the last one ended) and the server's timelapse setting, above the feed.
import { t } from '../../shared/i18n.ts';
import { useActivity } from '../../store/services.tsx';

const STATUS_TEXT = {
  rendering: 'timelapse.rendering',
  done: 'timelapse.done',
  failed: 'timelapse.failed',
} as const;

export function TimelapseStatus() {
  const render = useActivity((s) => s.render);
  const mode = useActivity((s) => s.timelapseMode);
  if (!render && (mode === null || mode === 'off')) return null;
  return (
    <div className="timelapse-status" role="group" aria-label={t('timelapse.label')}>
      {mode && mode !== 'off' ? <p className="muted">{t('timelapse.on', { mode })}</p> : null}
      {render ? (
        <p role="status" aria-label={t('timelapse.render')} data-status={render.status}>
          {t(STATUS_TEXT[render.status])}: {render.movie}
          {render.status === 'rendering' ? (
            <>
              {' '}
              <progress max={100} value={render.progress} aria-label={t('timelapse.progress')} /> {render.progress} %
            </>
          ) : null}
          {render.detail ? ` (${render.detail})` : ''}
        </p>
      ) : null}
    </div>
  );
}
