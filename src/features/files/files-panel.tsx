// Files: local and SD card (when ready), folders, sort and search, upload, and per-file actions.
import { useMemo, useState } from 'react';
import { say, t } from '../../shared/i18n.ts';
import { folderEntries, searchFiles, sortFiles, type SortKey } from '../../store/file-list.ts';
import { useDashboard, useFiles, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { FileRow } from './file-row.tsx';
import { UploadZone } from './upload-zone.tsx';
import './files.css';

/** Where OctoPrint keeps files: its own storage, and the printer's SD card while one is ready. */
const ORIGINS = ['local', 'sdcard'] as const;

export function FilesPanel() {
  const { controls: c } = useServices();
  const list = useGate('FILES_LIST');
  const files = useFiles((s) => s.files);
  const status = useFiles((s) => s.status);
  const error = useFiles((s) => s.error);
  const sdReady = useDashboard((s) => s.printer.flags.sdReady);
  const [origin, setOrigin] = useState<(typeof ORIGINS)[number]>('local');
  const [folder, setFolder] = useState('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('name');
  const shownOrigin = origin === 'sdcard' && !sdReady ? 'local' : origin;

  const shown = useMemo(() => {
    const base = query.trim()
      ? searchFiles(files, shownOrigin, query.trim())
      : folderEntries(files, shownOrigin, folder);
    return sortFiles(base, sort);
  }, [files, shownOrigin, folder, query, sort]);

  if (!list.enabled) return <p className="gate-reason">{list.reason}</p>;
  const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
  return (
    <div className="files">
      <div className="files-bar">
        <div role="tablist" aria-label={t('files.storage')}>
          {(sdReady ? ORIGINS : ORIGINS.slice(0, 1)).map((o) => (
            <button
              key={o}
              type="button"
              role="tab"
              aria-selected={shownOrigin === o}
              onClick={() => {
                setOrigin(o);
                setFolder('');
              }}
            >
              {t(o === 'local' ? 'files.local' : 'files.sd')}
            </button>
          ))}
        </div>
        <input
          type="search"
          placeholder={t('files.search')}
          aria-label={t('files.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label>
          {t('files.sort')}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="name">{t('files.sortName')}</option>
            <option value="date">{t('files.sortDate')}</option>
            <option value="size">{t('files.sortSize')}</option>
          </select>
        </label>
        <button type="button" onClick={() => void c.refreshFiles()} disabled={status === 'loading'}>
          {t('files.refresh')}
        </button>
      </div>
      {folder && !query ? (
        <p className="crumbs">
          <button type="button" className="link" onClick={() => setFolder(parent)}>
            {t('files.up')}
          </button>{' '}
          /{folder}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="cmd-failed">
          {t('files.loadFailed', { error: say(error) })}
        </p>
      ) : null}
      <ul className="file-list" aria-label={t('files.list')}>
        {shown.map((f) => (
          <FileRow
            key={`${f.origin}:${f.path}`}
            file={f}
            onOpenFolder={(p) => {
              setFolder(p);
              setQuery('');
            }}
          />
        ))}
      </ul>
      {shown.length === 0 && status === 'loaded' ? (
        <p className="gate-reason">{query ? t('files.noneMatch') : t('files.noneHere')}</p>
      ) : null}
      {shownOrigin === 'local' ? <UploadZone folder={folder} /> : null}
    </div>
  );
}
