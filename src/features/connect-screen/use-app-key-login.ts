// "Log in with OctoPrint": runs the Application Keys flow for an address and reports its progress.
import { useEffect, useRef, useState } from 'react';
import { requestAppKey } from '../../octoprint/appkeys.ts';
import { t, type Words } from '../../shared/i18n.ts';
import { errorWords } from '../../store/problem-text.ts';

export type AppKeyState =
  | { phase: 'idle' }
  | { phase: 'waiting'; authDialog: string | null }
  | { phase: 'granted'; apiKey: string }
  | { phase: 'failed'; message: Words };

export function useAppKeyLogin(onGranted: (apiKey: string) => void) {
  const [state, setState] = useState<AppKeyState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const start = async (url: string) => {
    abort.current?.abort();
    const ctl = new AbortController();
    abort.current = ctl;
    setState({ phase: 'waiting', authDialog: null });
    try {
      const r = await requestAppKey({
        baseUrl: url,
        app: 'OctoPrint Live',
        signal: ctl.signal,
        onPending: ({ authDialog }) => {
          setState({ phase: 'waiting', authDialog });
          if (authDialog) window.open(authDialog, '_blank', 'noopener');
        },
      });
      if (ctl.signal.aborted) return;
      if (r.kind === 'granted') {
        setState({ phase: 'granted', apiKey: r.apiKey });
        onGranted(r.apiKey);
      } else if (r.kind === 'denied') setState({ phase: 'failed', message: () => t('appKey.denied') });
      else if (r.kind === 'rate-limited') {
        const minutes = r.retryAfterS ? Math.ceil(r.retryAfterS / 60) : null;
        setState({
          phase: 'failed',
          message: () => (minutes ? t('appKey.rateLimited', { minutes }) : t('appKey.rateLimitedSoon')),
        });
      } else if (r.kind === 'unsupported') setState({ phase: 'failed', message: () => t('appKey.unsupported') });
    } catch (err) {
      if (!ctl.signal.aborted)
        setState({ phase: 'failed', message: () => t('appKey.failed', { error: errorWords(err) }) });
    }
  };

  const cancel = () => {
    abort.current?.abort();
    setState({ phase: 'idle' });
  };

  return { state, start, cancel };
}
