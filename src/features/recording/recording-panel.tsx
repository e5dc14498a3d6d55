// The Recording panel: what is kept and its download (live), opening a file to replay, and exports of the screen.
import { t } from '../../shared/i18n.ts';
import { useServices } from '../../store/services.tsx';
import { DownloadRecording } from './download-recording.tsx';
import { OpenPicker } from './open-picker.tsx';
import { RecordingLimits } from './recording-limits.tsx';
import { ScreenExports } from './screen-exports.tsx';
import './recording.css';

export function RecordingPanel() {
  const { recorder } = useServices();
  return (
    <div className="recording">
      {recorder ? (
        <>
          <DownloadRecording recorder={recorder} />
          <RecordingLimits />
        </>
      ) : (
        <p className="recording-held">{t('recording.replaying')}</p>
      )}
      <OpenPicker />
      <ScreenExports />
    </div>
  );
}
