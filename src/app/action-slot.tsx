// The status bar's action: Retry while the link is down, else Connect (printer off) or Print / Pause / Resume and Cancel.
// The job and connection controls stay mounted under Retry so a command's Sending… / Done is not lost.
import { Suspense } from 'react';
import { RetryNow } from '../features/connection/retry-now.tsx';
import { t } from '../shared/i18n.ts';
import { useDashboard } from '../store/services.tsx';
import { linkDown } from '../store/status-kind.ts';
import { useFirstDataShown } from './first-data.ts';
import { JobControls, PrinterConnection } from './lazy-panels.ts';

export function ActionSlot() {
  const down = useDashboard(linkDown);
  const shown = useFirstDataShown();
  return (
    <div className="bar-actions" role="group" aria-label={t('bar.printActions')}>
      {down ? <RetryNow /> : null}
      <div className="bar-slot" hidden={down}>
        {shown && (
          <Suspense fallback={null}>
            <PrinterConnection />
            <JobControls />
          </Suspense>
        )}
      </div>
    </div>
  );
}
