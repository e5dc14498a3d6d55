// The connect screen: an OctoPrint address, "Log in with OctoPrint" first, an API key (and where to get one), and the
// saved servers with their state.
import { useState, type FormEvent } from 'react';
import { say, t, type Words } from '../../shared/i18n.ts';
import { serverId } from '../../store/servers-store.ts';
import { useServers, useServersStore } from '../../store/services.tsx';
import { normaliseUrl, probeServer } from './probe-server.ts';
import { SavedServers } from './saved-servers.tsx';
import { useAppKeyLogin } from './use-app-key-login.ts';

export interface ConnectScreenProps {
  /** The address to suggest: this page's OctoPrint when served beside it. */
  defaultUrl: string;
}

export function ConnectScreen({ defaultUrl }: ConnectScreenProps) {
  const servers = useServersStore();
  const notice = useServers((s) => s.notice);
  const [url, setUrl] = useState(defaultUrl);
  const [apiKey, setApiKey] = useState('');
  const [remember, setRemember] = useState(false);
  const [status, setStatus] = useState<{ kind: 'idle' | 'checking' | 'error'; message?: Words }>({ kind: 'idle' });

  const connect = async (key: string) => {
    const base = normaliseUrl(url);
    setStatus({ kind: 'checking' });
    const r = await probeServer(base, key || null);
    if (!r.ok) {
      setStatus({ kind: 'error', message: r.message });
      return;
    }
    setStatus({ kind: 'idle' });
    const host = base === '' ? location.host : new URL(base).host;
    servers.upsert({ id: serverId(base), name: r.name || host, url: base, apiKey: key || null, remember });
  };

  // A key granted through Application Keys is used like a typed one (and remembered only if ticked).
  const appKey = useAppKeyLogin((key) => void connect(key));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status.kind !== 'checking') void connect(apiKey.trim());
  };

  return (
    <main className="connect-screen">
      <h1>{t('connect.heading')}</h1>
      {notice ? (
        <p role="alert" className="notice">
          {say(notice)}
        </p>
      ) : null}
      <form onSubmit={submit} className="connect-form">
        <label>
          {t('connect.address')}
          <input
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="http://octopi.local"
            autoComplete="url"
          />
        </label>
        {/* The easy way first: OctoPrint asks its user to approve this dashboard, and no key is copied by hand. */}
        <button
          type="button"
          className="primary"
          disabled={appKey.state.phase === 'waiting'}
          onClick={() => void appKey.start(normaliseUrl(url))}
        >
          {t('connect.appKey')}
        </button>
        <p className="hint">{t('connect.appKeyHint')}</p>
        {appKey.state.phase === 'waiting' ? (
          <p role="status">
            {t('connect.approve')}
            {appKey.state.authDialog ? (
              <>
                {' '}
                (
                <a href={appKey.state.authDialog} target="_blank" rel="noopener noreferrer">
                  {t('connect.openIt')}
                </a>
                )
              </>
            ) : null}
            …{' '}
            <button type="button" className="secondary" onClick={appKey.cancel}>
              {t('connect.cancel')}
            </button>
          </p>
        ) : null}
        {appKey.state.phase === 'failed' ? (
          <p role="alert" className="error">
            {say(appKey.state.message)}
          </p>
        ) : null}
        <p className="divider">{t('connect.or')}</p>
        <label>
          {t('connect.apiKey')}
          <input
            type="password"
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="api-key-hint"
          />
        </label>
        <p className="hint" id="api-key-hint">
          {t('connect.apiKeyHint')}
        </p>
        <label className="checkbox">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          {t('connect.remember')}
        </label>
        <div className="actions">
          <button type="submit" disabled={status.kind === 'checking'}>
            {status.kind === 'checking' ? t('connect.checking') : t('connect.connect')}
          </button>
        </div>
        {status.kind === 'error' ? (
          <p role="alert" className="error">
            {status.message ? say(status.message) : null}
          </p>
        ) : null}
      </form>
      <SavedServers />
    </main>
  );
}
