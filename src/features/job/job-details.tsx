// The job's other facts, in a card below the status bar: elapsed, estimate and its origin, filament, Z.
import { formatDuration, formatFilament, formatNumber } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useJobDuration, useJobFields } from '../../store/use-job-fields.ts';
import { estimateQuality } from './format.ts';
import { JobFact } from './job-fact.tsx';

export function JobDetails() {
  const job = useJobFields('printTimeLeftOrigin', 'filamentMm', 'currentZ', 'estimatedPrintTime');
  const elapsed = useJobDuration('printTime');
  const quality = estimateQuality(job.printTimeLeftOrigin);
  return (
    <dl className="facts">
      <JobFact label={t('job.elapsed')} testId="job-elapsed">
        {elapsed}
      </JobFact>
      <JobFact label={t('job.estimatedTotal')}>{formatDuration(job.estimatedPrintTime)}</JobFact>
      <JobFact label={t('job.estimate')} className={`quality quality-${quality.level}`}>
        {quality.label}
      </JobFact>
      <JobFact label={t('job.filament')} testId="job-filament">
        {formatFilament(job.filamentMm)}
      </JobFact>
      <JobFact label={t('job.z')} testId="job-z">
        {job.currentZ == null ? '–' : `${formatNumber(job.currentZ, 2)} mm`}
      </JobFact>
    </dl>
  );
}
