// Picks a recording file to replay (dropping one anywhere on the page works too).
import { t } from '../../shared/i18n.ts';
import { openRecording } from './open-recording.ts';

export function OpenPicker() {
  return (
    <div className="recording-row">
      <label>
        {t('recording.open')}{' '}
        <input
          type="file"
          accept=".gz,.jsonl,application/gzip"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openRecording(file);
          }}
        />
      </label>
      <span className="recording-held">{t('recording.orDrop')}</span>
    </div>
  );
}
