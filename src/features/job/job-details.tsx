// The job's other facts, in a card below the status bar: elapsed, estimate and its origin, filament, Z.
import { formatDuration, formatFilament, formatNumber } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useJobFields } from '../../store/use-job-fields.ts';
import { estimateQuality } from './format.ts';

export function JobDetails() {
  const job = useJobFields('printTime', 'printTimeLeftOrigin', 'filamentMm', 'currentZ', 'estimatedPrintTime');
  const quality = estimateQuality(job.printTimeLeftOrigin);
  return (
    <dl className="facts">
      <div>
        <dt>{t('job.elapsed')}</dt>
        <dd data-testid="job-elapsed">{formatDuration(job.printTime)}</dd>
      </div>
      <div>
        <dt>{t('job.estimatedTotal')}</dt>
        <dd>{formatDuration(job.estimatedPrintTime)}</dd>
      </div>
      <div>
        <dt>{t('job.estimate')}</dt>
        <dd className={`quality quality-${quality.level}`}>{quality.label}</dd>
      </div>
      <div>
        <dt>{t('job.filament')}</dt>
        <dd data-testid="job-filament">{formatFilament(job.filamentMm)}</dd>
      </div>
      <div>
        <dt>{t('job.z')}</dt>
        <dd data-testid="job-z">{job.currentZ == null ? '–' : `${formatNumber(job.currentZ, 2)} mm`}</dd>
      </div>
    </dl>
  );
}
