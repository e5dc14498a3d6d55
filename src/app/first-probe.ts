// The same-origin OctoPrint probe on first use, started as the page loads instead of after the first render.
import type { ProbeResult } from '../features/connect-screen/probe-server.ts';

/** Where OctoPrint lives relative to this page when served beside it (README: way 3); '' = this origin. */
export const SAME_HOST_BASE = (import.meta.env.VITE_OCTOPRINT_BASE ?? '').replace(/\/+$/, '');

/** The probe's two reads (probe-server.ts), asked for before its chunk is in. */
const EARLY_PATHS = ['/api/version', '/api/settings'];

let early: Promise<ProbeResult> | null = null;

/**
 * A fetch for the probe that hands over each read started early, once, as the probe asks for it (its timeout aborts
 * the early read as it would its own); anything else goes to the network. The reads leave while the main bundle is
 * still running: waiting for the probe's chunk to load and run put them a few hundred milliseconds later.
 */
function fetchAhead(): typeof fetch {
  const ahead = new Map<string, { answer: Promise<Response>; abort: AbortController }>();
  for (const path of EARLY_PATHS) {
    const url = `${SAME_HOST_BASE}${path}`;
    const abort = new AbortController();
    // As the REST client sends a key-less GET (rest-client.ts): the page's own cookie only on its own origin.
    const credentials = SAME_HOST_BASE === '' ? 'same-origin' : 'omit';
    const answer = fetch(url, { method: 'GET', credentials, signal: abort.signal });
    // Not asked for (the probe failed on the other read first): no unhandled rejection.
    answer.catch(() => undefined);
    ahead.set(url, { answer, abort });
  }
  return (input, init) => {
    const key = typeof input === 'string' ? input : null;
    const hit = key === null ? undefined : ahead.get(key);
    if (!hit || (init?.method ?? 'GET') !== 'GET') return fetch(input, init);
    ahead.delete(key as string);
    const signal = init?.signal;
    if (signal?.aborted) hit.abort.abort();
    else signal?.addEventListener('abort', () => hit.abort.abort(), { once: true });
    return hit.answer;
  };
}

const probe = (f?: typeof fetch): Promise<ProbeResult> =>
  // Loaded only here (no server saved yet), so a returning user's first screen does not carry it.
  import('../features/connect-screen/probe-server.ts').then(({ probeServer }) =>
    f ? probeServer(SAME_HOST_BASE, null, f) : probeServer(SAME_HOST_BASE, null),
  );

/** Called at start when no server is saved: the probe's reads and its chunk overlap the main bundle and React. */
export function startFirstProbe(): void {
  early ??= probe(fetchAhead());
}

/** The early probe's answer once (a later probe, after every server was removed, asks afresh). */
export function firstProbe(): Promise<ProbeResult> {
  const p = early ?? probe();
  early = null;
  return p;
}
