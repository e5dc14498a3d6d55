// Checks an OctoPrint address and key before saving them, and turns each failure into advice a person can act on.
import { createRestClient, RestError } from '../../octoprint/rest-client.ts';

export type ProbeResult =
  | { ok: true; name: string; version: string }
  | { ok: false; reason: 'cors' | 'unreachable' | 'key' | 'not-octoprint' | 'other'; message: string };

export const CORS_HELP =
  'The server answered, but the browser blocked the answer (CORS). Enable api.allowCrossOrigin: in OctoPrint open Settings → API, tick ' +
  '"Allow Cross Origin Resource Sharing (CORS)", save, and restart OctoPrint. Or run this dashboard on the same host.';

export function normaliseUrl(input: string): string {
  const t = input.trim().replace(/\/+$/, '');
  if (t === '') return '';
  return /^https?:\/\//i.test(t) ? t : `http://${t}`;
}

export async function probeServer(
  url: string,
  apiKey: string | null,
  f: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<ProbeResult> {
  const rest = createRestClient({ baseUrl: url, apiKey, fetch: f, timeoutMs: 8000 });
  // Both reads at once: on a slow link the name costs no second round trip before the dashboard starts connecting.
  const settings = rest.get<{ appearance?: { name?: unknown } }>('/api/settings').catch(() => null);
  try {
    const v = await rest.get<unknown>('/api/version');
    // A static host answers any path with its index.html: only OctoPrint's JSON counts.
    if (typeof v !== 'object' || v === null || typeof (v as { server?: unknown }).server !== 'string') {
      return {
        ok: false,
        reason: 'not-octoprint',
        message: 'No OctoPrint API at this address. Check the URL and any base path.',
      };
    }
    const version = (v as { server: string }).server;
    // A user without SETTINGS_READ still gets a working dashboard; only the instance name is missing.
    const s = await settings;
    const name = typeof s?.appearance?.name === 'string' ? s.appearance.name : '';
    return { ok: true, name, version };
  } catch (err) {
    if (!(err instanceof RestError)) return { ok: false, reason: 'other', message: String(err) };
    if (err.status === 403 || err.status === 401) {
      return {
        ok: false,
        reason: 'key',
        message: apiKey
          ? 'OctoPrint did not accept this API key.'
          : 'This OctoPrint needs an API key (or log in with OctoPrint).',
      };
    }
    if (err.status === 404)
      return {
        ok: false,
        reason: 'not-octoprint',
        message: 'No OctoPrint API at this address. Check the URL and any base path.',
      };
    if (err.status !== 0) return { ok: false, reason: 'other', message: err.message };
    // fetch failed: tell a CORS block (the server is there, its answer was refused) from an unreachable server.
    if (url !== '' && (await reachableOpaque(url, f))) return { ok: false, reason: 'cors', message: CORS_HELP };
    return {
      ok: false,
      reason: 'unreachable',
      message: `Cannot reach ${url || 'this server'}. Is OctoPrint running and the address right?`,
    };
  }
}

async function reachableOpaque(url: string, f: typeof fetch): Promise<boolean> {
  try {
    await f(`${url}/api/version`, { mode: 'no-cors', credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}
