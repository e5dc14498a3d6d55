// Files: local and SD card (when ready), folders, sort and search, upload, and per-file actions.
import { useMemo, useState } from 'react';
import { folderEntries, searchFiles, sortFiles, type SortKey } from '../../store/files-store.ts';
import { useDashboard, useFiles, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { FileRow } from './file-row.tsx';
import { UploadZone } from './upload-zone.tsx';
import './files.css';

export function FilesPanel() {
  const { controls: c } = useServices();
  const list = useGate('FILES_LIST');
  const files = useFiles((s) => s.files);
  const status = useFiles((s) => s.status);
  const error = useFiles((s) => s.error);
  const sdReady = useDashboard((s) => s.printer.flags.sdReady);
  const [origin, setOrigin] = useState<'local' | 'sdcard'>('local');
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
        <div role="tablist" aria-label="Storage">
          <button
            type="button"
            role="tab"
            aria-selected={shownOrigin === 'local'}
            onClick={() => {
              setOrigin('local');
              setFolder('');
            }}
          >
            Local
          </button>
          {sdReady ? (
            <button
              type="button"
              role="tab"
              aria-selected={shownOrigin === 'sdcard'}
              onClick={() => {
                setOrigin('sdcard');
                setFolder('');
              }}
            >
              SD card
            </button>
          ) : null}
        </div>
        <input
          type="search"
          placeholder="Search files"
          aria-label="Search files"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label>
          Sort
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="name">Name</option>
            <option value="date">Upload date</option>
            <option value="size">Size</option>
          </select>
        </label>
        <button type="button" onClick={() => void c.refreshFiles()} disabled={status === 'loading'}>
          Refresh
        </button>
      </div>
      {folder && !query ? (
        <p className="crumbs">
          <button type="button" className="link" onClick={() => setFolder(parent)}>
            ⬑ Up
          </button>{' '}
          /{folder}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="cmd-failed">
          Could not load files: {error}
        </p>
      ) : null}
      <ul className="file-list" aria-label="Files">
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
        <p className="gate-reason">No files{query ? ' match' : ' here'}.</p>
      ) : null}
      {shownOrigin === 'local' ? <UploadZone folder={folder} /> : null}
    </div>
  );
}
