// The job's other facts, in a card below the status bar: elapsed, estimate and its origin, filament, Z.
import { formatDuration, formatFilament, formatNumber } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useServices } from '../../store/services.tsx';
import { jobDuration, useJobFields } from '../../store/use-job-fields.ts';
import { LiveText } from '../../ui/live-text.tsx';
import { estimateQuality } from './format.ts';
import { JobFact } from './job-fact.tsx';

const ELAPSED = jobDuration('printTime');

export function JobDetails() {
  const { dashboard } = useServices();
  const job = useJobFields('printTimeLeftOrigin', 'filamentMm', 'currentZ', 'estimatedPrintTime');
  const quality = estimateQuality(job.printTimeLeftOrigin);
  return (
    <dl className="facts">
      <JobFact label={t('job.elapsed')} testId="job-elapsed" className="live-line">
        <LiveText store={dashboard} select={ELAPSED} />
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
