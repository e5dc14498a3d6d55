// One progress bar per slicing job from slicingProgress, closed by SlicingDone, SlicingFailed or SlicingCancelled.
import { useActivity } from '../../store/services.tsx';

const STATUS: Record<string, string> = { running: 'Slicing', done: 'Sliced', failed: 'Failed', cancelled: 'Cancelled' };

export function SlicingPanel() {
  const jobs = useActivity((s) => s.slicing);
  // The panel shows only while there is slicing to show: most printers never slice on the server.
  if (jobs.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="slicing-heading">
      <h2 id="slicing-heading">Slicing</h2>
      <ul className="slicing" data-testid="slicing-jobs">
        {jobs.map((j) => (
          <li key={`${j.key}-${j.dest}-${j.status}`} data-status={j.status}>
            <p>
              <strong>{STATUS[j.status]}</strong> {j.source}
              {j.dest ? ` → ${j.dest}` : ''}
              {j.detail ? ` (${j.detail})` : ''}
            </p>
            <div className="progress-line">
              <progress max={100} value={j.progress} aria-label={`Slicing ${j.source}`} />
              <span>{j.progress.toFixed(0)} %</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
