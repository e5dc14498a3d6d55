// One progress bar per slicing job from slicingProgress, closed by SlicingDone, SlicingFailed or SlicingCancelled.
import { t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import { useActivity } from '../../store/services.tsx';
import { ListPanel } from '../../ui/list-panel.tsx';

const STATUS: Record<string, MessageId> = {
  running: 'slicing.running',
  done: 'slicing.done',
  failed: 'slicing.failed',
  cancelled: 'slicing.cancelled',
};

function statusWord(status: string): string {
  const id = STATUS[status];
  return id ? t(id) : status;
}

export function SlicingPanel() {
  const jobs = useActivity((s) => s.slicing);
  // The panel shows only while there is slicing to show: most printers never slice on the server.
  return (
    <ListPanel id="slicing" heading={t('slicing.heading')} items={jobs} listClass="slicing" testId="slicing-jobs">
      {(j) => (
        <li key={`${j.key}-${j.dest}-${j.status}`} data-status={j.status}>
          <p>
            <strong>{statusWord(j.status)}</strong> {j.source}
            {j.dest ? ` → ${j.dest}` : ''}
            {j.detail ? ` (${j.detail})` : ''}
          </p>
          <div className="progress-line">
            <progress max={100} value={j.progress} aria-label={t('slicing.progress', { source: j.source })} />
            <span>{j.progress.toFixed(0)} %</span>
          </div>
        </li>
      )}
    </ListPanel>
  );
}
