// The list of saved servers on the connect screen: open one (if its key is known) or forget it.
import { useStore } from 'zustand';
import type { ServersStore } from '../../store/servers-store.ts';

export function SavedServers({ servers }: { servers: ServersStore }) {
  const list = useStore(servers, (s) => s.servers);
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => b.lastUsed - a.lastUsed);
  return (
    <section aria-labelledby="saved-heading" className="saved-servers">
      <h2 id="saved-heading">Saved servers</h2>
      <ul>
        {sorted.map((s) => (
          <li key={s.id}>
            <span className="server-name">{s.name}</span> <span className="server-url">{s.url || 'this server'}</span>
            <button type="button" disabled={!s.apiKey && s.url !== ''} title={!s.apiKey && s.url !== '' ? 'The key was not remembered: enter it above' : undefined} onClick={() => servers.open(s.id)}>
              Open
            </button>
            <button type="button" className="secondary" onClick={() => servers.remove(s.id)} aria-label={`Forget ${s.name}`}>
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
