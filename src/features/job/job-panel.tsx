// The job: file, progress bar and percent, elapsed, time left with its quality, finish time, filament, Z.
import { useShallow } from 'zustand/react/shallow';
import { useDashboard } from '../../store/services.tsx';
import { formatDuration, formatFilament, formatFinish } from '../../shared/format.ts';
import { estimateQuality } from './format.ts';
import { useTitleProgress } from './use-title-progress.ts';

export function JobPanel() {
  const job = useDashboard(useShallow((s) => s.job));
  const state = useDashboard((s) => s.printer.text);
  useTitleProgress(job.completion, job.fileName, state);
  const quality = estimateQuality(job.printTimeLeftOrigin);
  const pct = job.completion ?? 0;

  if (!job.fileName) {
    return <p className="muted" data-testid="job-file">No file selected</p>;
  }
  return (
    <div className="job">
      <p className="job-file" data-testid="job-file" title={job.fileName}>
        {job.fileName}
      </p>
      <div className="progress-line">
        <progress max={100} value={pct} aria-label="Print progress" aria-valuetext={`${pct.toFixed(1)} percent`} />
        <span data-testid="job-percent">{job.completion == null ? '–' : `${pct.toFixed(1)} %`}</span>
      </div>
      <dl className="facts">
        <div>
          <dt>Elapsed</dt>
          <dd data-testid="job-elapsed">{formatDuration(job.printTime)}</dd>
        </div>
        <div>
          <dt>Left</dt>
          <dd data-testid="job-left">
            {formatDuration(job.printTimeLeft)}{' '}
            <span className={`quality quality-${quality.level}`} data-testid="job-left-origin">
              ({quality.label})
            </span>
          </dd>
        </div>
        <div>
          <dt>Finishes</dt>
          <dd data-testid="job-finish">{formatFinish(job.finishAt)}</dd>
        </div>
        <div>
          <dt>Filament</dt>
          <dd data-testid="job-filament">{formatFilament(job.filamentMm)}</dd>
        </div>
        <div>
          <dt>Z</dt>
          <dd data-testid="job-z">{job.currentZ == null ? '–' : `${job.currentZ.toFixed(2)} mm`}</dd>
        </div>
        <div>
          <dt>Estimated total</dt>
          <dd>{formatDuration(job.estimatedPrintTime)}</dd>
        </div>
      </dl>
    </div>
  );
}
