// The kiosk's job: file, a large percent, a thick bar, time left and the finish time.
import { formatFinish, formatNumber } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useServices } from '../../store/services.tsx';
import { jobDuration, jobText, useJobFields } from '../../store/use-job-fields.ts';
import { LiveText } from '../../ui/live-text.tsx';

const LEFT = jobDuration('printTimeLeft', 'minutes');
const FINISH = jobText('finishAt', (at) => formatFinish(at));

export function KioskJob() {
  const job = useJobFields('fileName', 'completion');
  const { dashboard } = useServices();
  if (!job.fileName) return <p className="kiosk-muted kiosk-job">{t('job.noFile')}</p>;
  const pct = job.completion ?? 0;
  return (
    <section className="kiosk-job" aria-label={t('card.job')}>
      <p className="kiosk-file" title={job.fileName}>
        {job.fileName}
      </p>
      <p className="kiosk-percent" data-testid="kiosk-percent">
        {job.completion == null ? '–' : `${formatNumber(pct, 1)} %`}
      </p>
      <progress max={100} value={pct} aria-label={t('job.printProgress')} />
      <p className="kiosk-left">
        <strong data-testid="kiosk-left">
          <LiveText store={dashboard} select={LEFT} />
        </strong>{' '}
        {t('job.leftDone')} <LiveText store={dashboard} select={FINISH} />
      </p>
    </section>
  );
}
