// One file: analysis fields, and select / print / delete (with confirmation); locked while OctoPrint uses it.
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { formatDuration, formatFilament } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import type { FileEntry } from '../../store/files-store.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import { FileIcon } from './file-icons.tsx';
import { formatBytes, formatDate } from './format.ts';

const canSelect = (f: StateFlags) =>
  !f.operational ? t('jobControls.notOperational') : f.printing || f.paused ? t('jobControls.running') : null;

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
          aria-label={t('files.folder', { name: file.display })}
          onClick={() => onOpenFolder(file.path)}
        >
          <FileIcon name="folder" />
          {file.display}
        </button>
        <span className="meta">{t('files.items', { count: file.children.length })}</span>
      </li>
    );
  }
  const printable = file.type === 'machinecode';
  const locked = busy ? t('files.inUse') : null;
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
        {formatBytes(file.size)} · {formatDate(file.date)} ·{' '}
        {t('files.est', { duration: formatDuration(file.estimatedPrintTime, 'minutes') })} ·{' '}
        {t('files.filament', { length: formatFilament(file.filamentMm) })}
      </span>
      <span className="actions">
        {/* Select, or select and print: printing needs what selecting needs, and its own permission. */}
        {([false, true] as const).map((andPrint) => {
          const gate = andPrint ? print : select;
          return (
            <button
              key={String(andPrint)}
              type="button"
              disabled={!gate.enabled || !select.enabled || !printable || !!locked || cmd.pending}
              title={gate.reason ?? locked ?? undefined}
              onClick={() => void cmd.run(() => c.api.selectFile(file.origin, file.path, andPrint))}
              aria-label={t(andPrint ? 'files.printLabel' : 'files.selectLabel', { name: file.display })}
            >
              {t(andPrint ? 'files.print' : 'files.select')}
            </button>
          );
        })}
        <button
          type="button"
          className="danger"
          disabled={!del.enabled || !!locked || cmd.pending}
          title={del.reason ?? locked ?? undefined}
          onClick={() => setConfirming(true)}
          aria-label={t('files.deleteLabel', { name: file.display })}
        >
          {t('files.delete')}
        </button>
      </span>
      {locked ? (
        <span className="gate-reason">
          <FileIcon name="lock" /> {locked}
        </span>
      ) : null}
      {confirming ? (
        <span role="alertdialog" aria-label={t('files.confirmLabel', { name: file.display })} className="confirm">
          {t('files.confirmText', { name: file.display })}
          <button type="button" className="danger" onClick={remove}>
            {t('files.yesDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('files.keep')}
          </button>
        </span>
      ) : null}
      <CommandStatusText status={cmd.status} />
    </li>
  );
}
