// OctoPrint REST calls with the API key in a header (never in the URL) and JSON errors turned into RestError.
import { problem, type Problem } from './problem.ts';

/** A failed call: `message` in English for logs and tests, `problem` for the page to word in the reader's language. */
export class RestError extends Error {
  readonly problem: Problem;

  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = null,
    why?: Problem,
  ) {
    super(message);
    this.name = 'RestError';
    // The server's own text after its status code ("409 Printer is not operational"), shown as it is.
    this.problem = why ?? problem('rest.status', { status, error: message.replace(new RegExp(`^${status} `), '') });
  }
}

export interface RestClientOptions {
  /** '' for the page's own origin (dev proxy), else e.g. 'http://octopi.local'. */
  baseUrl: string;
  apiKey?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface LoginResult {
  name: string;
  session: string;
  groups: string[];
  needs: { role?: string[]; group?: string[] };
  admin: boolean;
  raw: Record<string, unknown>;
}

export interface RestClient {
  readonly baseUrl: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  get<T = unknown>(path: string): Promise<T>;
  post<T = unknown>(path: string, body?: unknown): Promise<T>;
  passiveLogin(): Promise<LoginResult>;
}

/** OctoPrint's `csrf_token_P<port>` / `csrf_token_R<root>` cookie, readable by the page on its own origin. */
export function csrfCookie(cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name?.startsWith('csrf_token')) return decodeURIComponent(value.join('='));
  }
  return null;
}

export function createRestClient(opts: RestClientOptions): RestClient {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const base = opts.baseUrl.replace(/\/$/, '');

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (opts.apiKey) headers['X-Api-Key'] = opts.apiKey;
    else if (method !== 'GET' && base === '') {
      // Served beside OctoPrint and logged in there: its session cookie needs the CSRF double-submit header.
      const csrf = csrfCookie();
      if (csrf) headers['X-CSRF-Token'] = csrf;
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const timeoutMs = opts.timeoutMs ?? 15_000;
    const what = `${method} ${path.split('?')[0] ?? path}`;
    const ctl = new AbortController();
    // The limit covers the answer's body too: a proxy that stalls mid-body would otherwise hang the caller for good.
    const timer = setTimeout(() => ctl.abort(), timeoutMs);
    let res: Response;
    let text: string;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: ctl.signal,
        credentials: base === '' ? 'same-origin' : 'omit',
      });
    } catch (err) {
      clearTimeout(timer);
      const seconds = timeoutMs / 1000;
      throw ctl.signal.aborted
        ? new RestError(0, `${what} timed out after ${seconds} s`, null, problem('rest.timeout', { what, seconds }))
        : new RestError(0, `network error: ${String(err)}`, null, problem('rest.network', { error: String(err) }));
    }
    try {
      text = await res.text();
    } catch (err) {
      const seconds = timeoutMs / 1000;
      const why = ctl.signal.aborted ? `timed out after ${seconds} s` : `broke off (${String(err)})`;
      throw new RestError(
        0,
        `${what}: the answer ${why} while its body was being read`,
        null,
        ctl.signal.aborted
          ? problem('rest.bodyTimeout', { what, seconds })
          : problem('rest.bodyBroken', { what, error: String(err) }),
      );
    } finally {
      clearTimeout(timer);
    }
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    if (!res.ok) {
      const msg =
        typeof parsed === 'object' && parsed && 'error' in parsed
          ? String((parsed as { error: unknown }).error)
          : res.statusText;
      throw new RestError(
        res.status,
        `${res.status} ${msg}`,
        parsed,
        problem('rest.status', { status: res.status, error: msg }),
      );
    }
    return parsed as T;
  }

  return {
    baseUrl: base,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    async passiveLogin() {
      const raw = await request<Record<string, unknown>>('POST', '/api/login', { passive: true });
      if (typeof raw.name !== 'string' || typeof raw.session !== 'string') {
        throw new RestError(403, 'passive login returned no user: check the API key', raw, problem('rest.noUser'));
      }
      const needs = (typeof raw.needs === 'object' && raw.needs) || {};
      return {
        name: raw.name,
        session: raw.session,
        groups: Array.isArray(raw.groups) ? raw.groups.filter((g): g is string => typeof g === 'string') : [],
        needs: needs as LoginResult['needs'],
        admin: raw.admin === true,
        raw,
      };
    },
  };
}
