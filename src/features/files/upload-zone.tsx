// Upload by picker or drag-and-drop, with a progress bar; the list refreshes from OctoPrint's file events.
import { useRef, useState, type DragEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import { useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';

export function UploadZone({ folder }: { folder: string }) {
  const { controls: c } = useServices();
  const gate = useGate('FILES_UPLOAD');
  const cmd = useCommand();
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = (file: File) => {
    if (!gate.enabled) return;
    setProgress(0);
    void cmd
      .run(async () => {
        await c.api.upload(file, file.name, { path: folder || undefined, onProgress: setProgress });
        await c.refreshFiles();
      })
      .finally(() => {
        setProgress(null);
        if (input.current) input.current.value = '';
      });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) upload(f);
  };

  return (
    <div
      className="upload"
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label>
        {t('files.upload')}
        <input
          ref={input}
          type="file"
          accept=".gcode,.gco,.g,.gc"
          disabled={!gate.enabled || cmd.pending}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) upload(f);
          }}
        />
      </label>
      {progress !== null ? <progress aria-label={t('files.uploadProgress')} max={1} value={progress} /> : null}
      <CommandStatusText status={cmd.status} label={t('files.uploadStatus')} />
      {gate.reason ? <span className="gate-reason">{gate.reason}</span> : null}
    </div>
  );
}
