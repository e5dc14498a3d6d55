// Opens a recording file for replay: read and check it whole first, so a bad file changes nothing but the notice.
import { RecordingError } from '../../octoprint/recording/format.ts';
import { readRecordingFile, READ_LIMITS, type ReadLimits } from '../../octoprint/recording/read-file.ts';
import { t } from '../../shared/i18n.ts';
import { replaySession } from '../../store/replay-session.ts';

export async function openRecording(file: File, limits: ReadLimits = READ_LIMITS): Promise<void> {
  if (replaySession.getState().loading) return;
  replaySession.setState({ loading: true, error: null });
  try {
    const recording = await readRecordingFile(file, limits);
    replaySession.setState((s) => ({
      recording,
      fileName: file.name.slice(0, 200),
      loading: false,
      opened: s.opened + 1,
    }));
  } catch (err) {
    const why = err instanceof RecordingError ? err.message : t('recording.unreadable');
    replaySession.setState({ error: `${file.name.slice(0, 200)}: ${why}`, loading: false });
  }
}
