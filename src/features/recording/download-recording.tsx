// What the recorder holds, the span to download, and the download itself (gzip, one JSON line per message).
import { useState } from 'react';
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import { errorWords } from '../../store/problem-text.ts';
import type { Recorder } from '../../store/recorder.ts';
import {
  gzipText,
  readFrames,
  recordingFileName,
  recordingText,
  selectSpan,
  SPANS,
  type Span,
} from '../../store/recording-export.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { RecordingHeld } from './recording-held.tsx';
import { saveFile } from './save-file.ts';

export function DownloadRecording({ recorder }: { recorder: Recorder }) {
  const stopped = useStore(recorder.status, (s) => s.stopped);
  const [span, setSpan] = useState<Span>('print');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    setNote(null);
    try {
      await recorder.flush();
      const rows = selectSpan(await readFrames(await recorder.db(), recorder.server), span, Date.now());
      if (rows.length === 0) setNote(span === 'print' ? t('recording.noPrint') : t('recording.nothingInSpan'));
      else
        saveFile(
          await gzipText(recordingText(rows, recorder.server, span)),
          recordingFileName(recorder.server, rows[0]?.t ?? 0),
        );
    } catch (err) {
      setNote(t('recording.downloadFailed', { error: errorWords(err) }));
    } finally {
      setBusy(false);
    }
  }

  const spans = SPANS.map((s) => ({ value: s.id, label: t(s.label) }));
  return (
    <>
      <RecordingHeld recorder={recorder} />
      {stopped && (
        <p className="recording-stopped" role="alert">
          {stopped}
        </p>
      )}
      <div className="recording-row">
        <SelectField label={t('recording.span')} value={span} choices={spans} onChange={setSpan} />
        <button type="button" onClick={() => void download()} disabled={busy}>
          {t('recording.download')}
        </button>
      </div>
      {note && <p className="recording-held">{note}</p>}
    </>
  );
}
