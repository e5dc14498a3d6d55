// The recorder's bounds (hours and megabytes kept, oldest dropped first), remembered in this browser.
import { useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { loadLimits, saveLimits } from '../../store/recorder-write.ts';
import { NumberField } from '../../ui/number-field.tsx';

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
      <NumberField
        label={t('recording.keep')}
        min={1}
        max={24 * 30}
        value={hours}
        unit={t('recording.hours')}
        onChange={(v) => v >= 1 && update({ ...limits, maxAgeMs: v * 3600_000 })}
      />
      <NumberField
        label={t('recording.atMost')}
        min={1}
        max={4096}
        value={mb}
        unit="MB"
        onChange={(v) => v >= 1 && update({ ...limits, maxBytes: v * 1024 * 1024 })}
      />
    </div>
  );
}
