// The job in the status bar: a large percent, the file, time left (with its quality) and the finish time, and a bar.
import { formatFinish, formatNumber } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { jobDuration, jobText, useJobFields } from '../../store/use-job-fields.ts';
import { LiveText } from '../../ui/live-text.tsx';
import { estimateQuality } from './format.ts';
import { useTitleProgress } from './use-title-progress.ts';

const LEFT = jobDuration('printTimeLeft');
const FINISH = jobText('finishAt', (at) => formatFinish(at));

export function JobPanel() {
  const job = useJobFields('fileName', 'completion', 'printTimeLeftOrigin');
  const { dashboard } = useServices();
  const state = useDashboard((s) => s.printer.text);
  useTitleProgress(job.completion, job.fileName, state);
  const quality = estimateQuality(job.printTimeLeftOrigin);
  const pct = job.completion ?? 0;

  if (!job.fileName) {
    return (
      <p className="job-none" data-testid="job-file">
        {t('job.noFile')}
      </p>
    );
  }
  return (
    <div className="job-progress" aria-label={t('job.progress')} role="group">
      <p className="job-file" data-testid="job-file" title={job.fileName}>
        {job.fileName}
      </p>
      <span className="job-percent" data-testid="job-percent">
        {job.completion == null ? (
          '–'
        ) : (
          <>
            {formatNumber(pct, 1)}
            <small> %</small>
          </>
        )}
      </span>
      <p className="job-times">
        <span className="live-line">
          <span className="visually-hidden">{t('job.timeLeftHidden')} </span>
          <strong data-testid="job-left" title={t('job.timeLeftTitle', { quality: quality.label })}>
            <LiveText store={dashboard} select={LEFT} />{' '}
            <span className={`quality quality-${quality.level}`} data-testid="job-left-origin">
              ({quality.label})
            </span>
          </strong>{' '}
          {t('job.leftDone')} <LiveText store={dashboard} select={FINISH} data-testid="job-finish" />
        </span>
      </p>
      <progress
        max={100}
        value={pct}
        aria-label={t('job.printProgress')}
        aria-valuetext={t('job.percentValue', { pct: formatNumber(pct, 1) })}
      />
    </div>
  );
}
