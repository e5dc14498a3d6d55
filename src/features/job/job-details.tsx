// The job's other facts, in a card below the status bar: elapsed, estimate and its origin, filament, Z.
import { useShallow } from 'zustand/react/shallow';
import { formatDuration, formatFilament } from '../../shared/format.ts';
import { useDashboard } from '../../store/services.tsx';
import { estimateQuality } from './format.ts';

export function JobDetails() {
  const job = useDashboard(
    useShallow((s) => ({
      printTime: s.job.printTime,
      origin: s.job.printTimeLeftOrigin,
      filamentMm: s.job.filamentMm,
      currentZ: s.job.currentZ,
      estimated: s.job.estimatedPrintTime,
    })),
  );
  const quality = estimateQuality(job.origin);
  return (
    <dl className="facts">
      <div>
        <dt>Elapsed</dt>
        <dd data-testid="job-elapsed">{formatDuration(job.printTime)}</dd>
      </div>
      <div>
        <dt>Estimated total</dt>
        <dd>{formatDuration(job.estimated)}</dd>
      </div>
      <div>
        <dt>Estimate</dt>
        <dd className={`quality quality-${quality.level}`}>{quality.label}</dd>
      </div>
      <div>
        <dt>Filament</dt>
        <dd data-testid="job-filament">{formatFilament(job.filamentMm)}</dd>
      </div>
      <div>
        <dt>Z</dt>
        <dd data-testid="job-z">{job.currentZ == null ? '–' : `${job.currentZ.toFixed(2)} mm`}</dd>
      </div>
    </dl>
  );
}
