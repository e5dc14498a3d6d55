// Picks a recording file to replay (dropping one anywhere on the page works too).
import { openRecording } from './open-recording.ts';

export function OpenPicker() {
  return (
    <div className="recording-row">
      <label>
        Open recording{' '}
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
      <span className="recording-held">or drop one on the page</span>
    </div>
  );
}
