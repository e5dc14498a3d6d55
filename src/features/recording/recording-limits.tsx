// The recorder's bounds (hours and megabytes kept, oldest dropped first), remembered in this browser.
import { useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { loadLimits, saveLimits } from '../../store/recorder-write.ts';

export function RecordingLimits() {
  const [limits, setLimits] = useState(loadLimits);
  const hours = Math.round(limits.maxAgeMs / 3600_000);
  const mb = Math.round(limits.maxBytes / 1024 / 1024);
  const update = (next: typeof limits) => {
    setLimits(next);
    saveLimits(next);
  };
  return (
    <div className="recording-row">
      <label>
        {t('recording.keep')}{' '}
        <input
          type="number"
          min={1}
          max={24 * 30}
          value={hours}
          onChange={(e) =>
            Number(e.target.value) >= 1 && update({ ...limits, maxAgeMs: Number(e.target.value) * 3600_000 })
          }
        />{' '}
        {t('recording.hours')}
      </label>
      <label>
        {t('recording.atMost')}{' '}
        <input
          type="number"
          min={1}
          max={4096}
          value={mb}
          onChange={(e) =>
            Number(e.target.value) >= 1 && update({ ...limits, maxBytes: Number(e.target.value) * 1024 * 1024 })
          }
        />{' '}
        MB
      </label>
    </div>
  );
}
