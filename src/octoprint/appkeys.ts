// OctoPrint's Application Keys workflow: probe, request, then poll until the user approves in OctoPrint's own UI.

export type AppKeyOutcome =
  | { kind: 'granted'; apiKey: string }
  | { kind: 'denied' }
  | { kind: 'unsupported' }
  /** OctoPrint limits requests (3 a minute, 5 in 10 minutes, 10 an hour) and answers 429 beyond that. */
  | { kind: 'rate-limited'; retryAfterS: number | null }
  | { kind: 'aborted' };

export interface AppKeyOptions {
  baseUrl: string;
  app: string;
  user?: string;
  fetch?: typeof fetch;
  pollMs?: number;
  signal?: AbortSignal;
  /** Called once the request exists, with the URL of OctoPrint's approval dialog when the server gives one. */
  onPending?(info: { authDialog: string | null }): void;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** Runs the whole flow (docs: bundled Application Keys plugin); network errors propagate as thrown errors. */
export async function requestAppKey(opts: AppKeyOptions): Promise<AppKeyOutcome> {
  const f = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const base = opts.baseUrl.replace(/\/$/, '');
  const sleep = opts.sleep ?? defaultSleep;
  const probe = await f(`${base}/plugin/appkeys/probe`, { signal: opts.signal });
  if (probe.status !== 204 && probe.status !== 200) return { kind: 'unsupported' };
  const res = await f(`${base}/plugin/appkeys/request`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(opts.user ? { app: opts.app, user: opts.user } : { app: opts.app }),
    signal: opts.signal,
  });
  if (res.status === 429) {
    const after = Number(res.headers.get('Retry-After'));
    return { kind: 'rate-limited', retryAfterS: Number.isFinite(after) && after > 0 ? after : null };
  }
  if (!res.ok) return { kind: 'unsupported' };
  const body = (await res.json()) as { app_token?: unknown; auth_dialog?: unknown };
  if (typeof body.app_token !== 'string' || !/^[\w-]+$/.test(body.app_token)) return { kind: 'unsupported' };
  opts.onPending?.({ authDialog: typeof body.auth_dialog === 'string' ? body.auth_dialog : null });
  for (;;) {
    if (opts.signal?.aborted) return { kind: 'aborted' };
    const poll = await f(`${base}/plugin/appkeys/request/${body.app_token}`, { signal: opts.signal });
    if (poll.status === 200) {
      const granted = (await poll.json()) as { api_key?: unknown };
      if (typeof granted.api_key === 'string' && granted.api_key) return { kind: 'granted', apiKey: granted.api_key };
      return { kind: 'denied' };
    }
    if (poll.status === 404) return { kind: 'denied' };
    await sleep(opts.pollMs ?? 1000, opts.signal);
  }
}
