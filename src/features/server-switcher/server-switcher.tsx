// Header control to switch between saved OctoPrint servers or go back to the connect screen.
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import type { ServersStore } from '../../store/servers-store.ts';

export function ServerSwitcher({ servers }: { servers: ServersStore }) {
  const list = useStore(servers, (s) => s.servers);
  const currentId = useStore(servers, (s) => s.currentId);
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
