// The Recording panel: what is kept and its download (live), opening a file to replay, and exports of the screen.
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import { replaySession } from '../../store/replay-session.ts';
import { useServices } from '../../store/services.tsx';
import { DownloadRecording } from './download-recording.tsx';
import { OpenPicker } from './open-picker.tsx';
import { RecordingLimits } from './recording-limits.tsx';
import { ScreenExports } from './screen-exports.tsx';
import './recording.css';

export function RecordingPanel() {
  const { recorder } = useServices();
  const replaying = useStore(replaySession, (s) => s.recording !== null);
  return (
    <div className="recording">
      {recorder ? (
        <>
          <DownloadRecording recorder={recorder} />
          <RecordingLimits />
        </>
      ) : (
        <p className="recording-held">{replaying ? t('recording.replaying') : t('recording.recordOff')}</p>
      )}
      <OpenPicker />
      <ScreenExports />
    </div>
  );
}
