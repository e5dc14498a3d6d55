// Checks an OctoPrint address and key before saving them, and turns each failure into advice a person can act on.
import { createRestClient, RestError } from '../../octoprint/rest-client.ts';
import { t, type Words } from '../../shared/i18n.ts';
import { errorWords } from '../../store/problem-text.ts';

export type ProbeResult =
  | { ok: true; name: string; version: string }
  | { ok: false; reason: 'cors' | 'unreachable' | 'key' | 'not-octoprint' | 'other'; message: Words };

/** What to do about a CORS block, in the language active when it is shown. */
export const corsHelp = () => t('probe.cors');

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
        message: () => t('probe.notOctoPrint'),
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
        message: () => (apiKey ? t('probe.keyRefused') : t('probe.keyNeeded')),
      };
    }
    if (err.status === 404)
      return {
        ok: false,
        reason: 'not-octoprint',
        message: () => t('probe.notOctoPrint'),
      };
    if (err.status !== 0) return { ok: false, reason: 'other', message: () => errorWords(err) };
    // fetch failed: tell a CORS block (the server is there, its answer was refused) from an unreachable server.
    if (url !== '' && (await reachableOpaque(url, f))) return { ok: false, reason: 'cors', message: corsHelp };
    return {
      ok: false,
      reason: 'unreachable',
      message: () => t('probe.unreachable', { url: url || t('saved.thisServer') }),
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
