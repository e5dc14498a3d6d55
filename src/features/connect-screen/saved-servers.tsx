// The list of saved servers on the connect screen: each with its state, open one (if its key is known) or forget it.
import { useServers, useServersStore } from '../../store/services.tsx';
import { useServerStates, type ServerState } from './use-server-states.ts';

function stateText(s: ServerState | undefined): { kind: string; text: string; title?: string } {
  if (!s || s.kind === 'checking') return { kind: 'checking', text: 'Checking…' };
  if (s.kind === 'up') return { kind: 'up', text: `Reachable · OctoPrint ${s.version}` };
  return { kind: 'down', text: 'Not reachable', title: s.message };
}

export function SavedServers() {
  const servers = useServersStore();
  const list = useServers((s) => s.servers);
  const states = useServerStates(list);
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => b.lastUsed - a.lastUsed);
  return (
    <section aria-labelledby="saved-heading" className="saved-servers">
      <h2 id="saved-heading">Saved servers</h2>
      <ul>
        {sorted.map((s) => {
          const st = stateText(states[s.id]);
          const noKey = !s.apiKey && s.url !== '';
          return (
            <li key={s.id}>
              <span className="server-text">
                <span className="server-name">{s.name}</span>
                <span className="server-url">{s.url || 'this server'}</span>
                <span className="server-state" data-state={st.kind} data-testid="server-state" title={st.title}>
                  {st.text}
                  {st.kind === 'down' && st.title ? `: ${st.title}` : ''}
                </span>
              </span>
              <button
                type="button"
                disabled={noKey}
                title={noKey ? 'The key was not remembered: enter it above' : undefined}
                onClick={() => servers.open(s.id)}
              >
                Open
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => servers.remove(s.id)}
                aria-label={`Forget ${s.name}`}
              >
                Forget
              </button>
              {noKey ? <span className="gate-reason">key not remembered: enter it above</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
