// One file: analysis fields, and select / print / delete (with confirmation); locked while OctoPrint uses it.
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { formatDuration, formatFilament } from '../../shared/format.ts';
import { statusText, useCommand } from '../../store/command-state.ts';
import type { FileEntry } from '../../store/files-store.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { FileIcon } from './file-icons.tsx';
import { formatBytes, formatDate } from './format.ts';

const canSelect = (f: StateFlags) =>
  !f.operational ? 'printer not operational' : f.printing || f.paused ? 'a print is running' : null;

export function FileRow({ file, onOpenFolder }: { file: FileEntry; onOpenFolder(path: string): void }) {
  const { controls: c } = useServices();
  const busy = useDashboard((s) => s.printer.busyFiles.includes(`${file.origin}:${file.path}`));
  const selected = useDashboard(
    (s) => s.printer.selected?.path === file.path && s.printer.selected.origin === file.origin,
  );
  const select = useGate('FILES_SELECT', canSelect);
  const print = useGate('PRINT', canSelect);
  const del = useGate('FILES_DELETE');
  const cmd = useCommand();
  const [confirming, setConfirming] = useState(false);

  if (file.type === 'folder') {
    return (
      <li className="file folder">
        <button
          type="button"
          className="link"
          aria-label={`Folder ${file.display}`}
          onClick={() => onOpenFolder(file.path)}
        >
          <FileIcon name="folder" />
          {file.display}
        </button>
        <span className="meta">{file.children.length} items</span>
      </li>
    );
  }
  const printable = file.type === 'machinecode';
  const locked = busy ? 'in use by the printer' : null;
  const remove = () => {
    setConfirming(false);
    void cmd.run(async () => {
      await c.api.deleteFile(file.origin, file.path);
      await c.refreshFiles();
    });
  };
  return (
    <li className="file" aria-label={file.display} data-selected={selected || undefined}>
      <span className="name">{file.display}</span>
      <span className="meta">
        {formatBytes(file.size)} · {formatDate(file.date)} · est. {formatDuration(file.estimatedPrintTime, 'minutes')} ·
        filament {formatFilament(file.filamentMm)}
      </span>
      <span className="actions">
        <button
          type="button"
          disabled={!select.enabled || !printable || !!locked || cmd.pending}
          title={select.reason ?? locked ?? undefined}
          onClick={() => void cmd.run(() => c.api.selectFile(file.origin, file.path, false))}
          aria-label={`Select ${file.display}`}
        >
          Select
        </button>
        <button
          type="button"
          disabled={!print.enabled || !select.enabled || !printable || !!locked || cmd.pending}
          title={print.reason ?? locked ?? undefined}
          onClick={() => void cmd.run(() => c.api.selectFile(file.origin, file.path, true))}
          aria-label={`Print ${file.display}`}
        >
          Print
        </button>
        <button
          type="button"
          className="danger"
          disabled={!del.enabled || !!locked || cmd.pending}
          title={del.reason ?? locked ?? undefined}
          onClick={() => setConfirming(true)}
          aria-label={`Delete ${file.display}`}
        >
          Delete
        </button>
      </span>
      {locked ? (
        <span className="gate-reason">
          <FileIcon name="lock" /> {locked}
        </span>
      ) : null}
      {confirming ? (
        <span role="alertdialog" aria-label={`Delete ${file.display}?`} className="confirm">
          Delete “{file.display}”?
          <button type="button" className="danger" onClick={remove}>
            Yes, delete
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : null}
      <span role="status" className={`cmd-${cmd.status.kind}`}>
        {statusText(cmd.status)}
      </span>
    </li>
  );
}
