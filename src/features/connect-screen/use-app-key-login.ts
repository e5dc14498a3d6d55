// "Log in with OctoPrint": runs the Application Keys flow for an address and reports its progress.
import { useEffect, useRef, useState } from 'react';
import { requestAppKey } from '../../octoprint/appkeys.ts';
import { t } from '../../shared/i18n.ts';

export type AppKeyState =
  | { phase: 'idle' }
  | { phase: 'waiting'; authDialog: string | null }
  | { phase: 'granted'; apiKey: string }
  | { phase: 'failed'; message: string };

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
      } else if (r.kind === 'denied') setState({ phase: 'failed', message: t('appKey.denied') });
      else if (r.kind === 'rate-limited') {
        const wait = r.retryAfterS ? ` in ${Math.ceil(r.retryAfterS / 60)} min` : ' in a few minutes';
        setState({
          phase: 'failed',
          message: `OctoPrint refused: too many Application Keys requests from this address. Try again${wait}, or use an API key.`,
        });
      } else if (r.kind === 'unsupported')
        setState({ phase: 'failed', message: 'This OctoPrint does not offer Application Keys; use an API key.' });
    } catch (err) {
      if (!ctl.signal.aborted)
        setState({ phase: 'failed', message: t('appKey.failed', { error: String((err as Error).message ?? err) }) });
    }
  };

  const cancel = () => {
    abort.current?.abort();
    setState({ phase: 'idle' });
  };

  return { state, start, cancel };
}
