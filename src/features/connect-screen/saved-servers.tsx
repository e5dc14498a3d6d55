// The list of saved servers on the connect screen: each with its state, open one (if its key is known) or forget it.
import { say, t } from '../../shared/i18n.ts';
import { useServers, useServersStore } from '../../store/services.tsx';
import { useServerStates, type ServerState } from './use-server-states.ts';

function stateText(s: ServerState | undefined): { kind: string; text: string; title?: string } {
  if (!s || s.kind === 'checking') return { kind: 'checking', text: t('saved.checking') };
  if (s.kind === 'up') return { kind: 'up', text: t('saved.reachable', { version: s.version }) };
  return { kind: 'down', text: t('saved.unreachable'), title: say(s.message) };
}

export function SavedServers() {
  const servers = useServersStore();
  const list = useServers((s) => s.servers);
  const states = useServerStates(list);
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => b.lastUsed - a.lastUsed);
  return (
    <section aria-labelledby="saved-heading" className="saved-servers">
      <h2 id="saved-heading">{t('saved.heading')}</h2>
      <ul>
        {sorted.map((s) => {
          const st = stateText(states[s.id]);
          const noKey = !s.apiKey && s.url !== '';
          return (
            <li key={s.id}>
              <span className="server-text">
                <span className="server-name">{s.name}</span>
                <span className="server-url">{s.url || t('saved.thisServer')}</span>
                <span className="server-state" data-state={st.kind} data-testid="server-state" title={st.title}>
                  {st.text}
                  {st.kind === 'down' && st.title ? `: ${st.title}` : ''}
                </span>
              </span>
              <button
                type="button"
                disabled={noKey}
                title={noKey ? t('saved.noKeyTitle') : undefined}
                onClick={() => servers.open(s.id)}
              >
                {t('saved.open')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => servers.remove(s.id)}
                aria-label={t('saved.forgetLabel', { name: s.name })}
              >
                {t('saved.forget')}
              </button>
              {noKey ? <span className="gate-reason">{t('saved.noKey')}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
