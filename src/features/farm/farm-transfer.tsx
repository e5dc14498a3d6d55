// Import and export of the saved server list as a JSON file; keys go out only when asked, with a warning.
import { useState, type ChangeEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import { exportServers, importServers } from '../../store/farm-transfer.ts';
import { useServersStore } from '../../store/services.tsx';

export function FarmTransfer() {
  const servers = useServersStore();
  const [withKeys, setWithKeys] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const download = () => {
    const blob = new Blob([exportServers(servers.getState().servers, withKeys)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'octoprint-servers.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const r = importServers(await file.text());
    if (!r.ok) {
      setNote(t('farm.importFailed', { error: r.error }));
      return;
    }
    const added = servers.addMany(r.servers);
    setNote(t('farm.imported', { added, already: r.servers.length - added }));
  };
  return (
    <details className="farm-transfer">
      <summary>{t('farm.transfer')}</summary>
      <label>
        <input type="checkbox" checked={withKeys} onChange={(e) => setWithKeys(e.target.checked)} />{' '}
        {t('farm.includeKeys')}
      </label>
      {withKeys ? (
        <p className="farm-warning" role="alert">
          {t('farm.keysWarning')}
        </p>
      ) : null}
      <button type="button" onClick={download}>
        {t('farm.export')}
      </button>
      <label className="farm-import">
        {t('farm.import')} <input type="file" accept="application/json,.json" onChange={(e) => void upload(e)} />
      </label>
      {note ? <p role="status">{note}</p> : null}
    </details>
  );
}
