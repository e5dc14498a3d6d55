// Header control to switch between saved OctoPrint servers or go back to the connect screen.
import { t } from '../../shared/i18n.ts';
import { useServers, useServersStore } from '../../store/services.tsx';

export function ServerSwitcher() {
  const servers = useServersStore();
  const list = useServers((s) => s.servers);
  const currentId = useServers((s) => s.currentId);
  const usable = list.filter((s) => s.apiKey || s.url === '');
  return (
    <div className="server-switcher">
      <label>
        <span className="visually-hidden">{t('server.label')}</span>
        <select
          value={currentId ?? ''}
          onChange={(e) => (e.target.value === '' ? servers.close() : servers.open(e.target.value))}
        >
          {usable.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value="">{t('server.other')}</option>
        </select>
      </label>
    </div>
  );
}
