// The Recording panel: what is kept and its download (live), opening a file to replay, and exports of the screen.
import { useStore } from 'zustand';
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
        <p className="recording-held">
          {replaying
            ? 'Replaying a file: nothing is recorded and the controls are off.'
            : 'Recording is off on this page (?record=off).'}
        </p>
      )}
      <OpenPicker />
      <ScreenExports />
    </div>
  );
}
