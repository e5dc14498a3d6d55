// The timelapse render in progress (or how the last one ended) and the server's timelapse setting, above the feed.
import { useActivity } from '../../store/services.tsx';

const STATUS_TEXT = {
  rendering: 'Rendering timelapse',
  done: 'Timelapse ready',
  failed: 'Timelapse rendering failed',
} as const;

export function TimelapseStatus() {
  const render = useActivity((s) => s.render);
  const mode = useActivity((s) => s.timelapseMode);
  if (!render && (mode === null || mode === 'off')) return null;
  return (
    <div className="timelapse-status" role="group" aria-label="Timelapse">
      {mode && mode !== 'off' ? <p className="muted">Timelapse on: {mode}</p> : null}
      {render ? (
        <p role="status" aria-label="Timelapse render" data-status={render.status}>
          {STATUS_TEXT[render.status]}: {render.movie}
          {render.status === 'rendering' ? (
            <>
              {' '}
              <progress max={100} value={render.progress} aria-label="Timelapse render progress" /> {render.progress} %
            </>
          ) : null}
          {render.detail ? ` (${render.detail})` : ''}
        </p>
      ) : null}
    </div>
  );
}
