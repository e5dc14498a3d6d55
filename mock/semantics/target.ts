// The server a semantics run talks to (the mock or a real OctoPrint): REST as the admin key, and browser-like
// password logins (cookie jar + CSRF double submit) for the user whose sockets the steps watch.

export interface Target {
  url: string;
  /** An admin API key (user management, connection, printer commands). */
  apiKey: string;
  /** The user whose socket is watched: a non-admin in the `users` group (operator on the test server). */
  user: { name: string; password: string };
}

export interface ApiInit {
  method?: string;
  json?: unknown;
  /** Send no API key (a cookie-authenticated call). */
  noKey?: boolean;
  cookies?: CookieJar;
}

export class CookieJar {
  readonly values = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair?.indexOf('=') ?? -1;
      if (pair && i > 0) this.values.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }

  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** OctoPrint suffixes cookie names with the port (csrf_token_P5000). */
  find(prefix: string): string | undefined {
    for (const [k, v] of this.values) if (k.startsWith(prefix)) return v;
    return undefined;
  }
}

export async function api(t: Target, path: string, init: ApiInit = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (!init.noKey) headers['X-Api-Key'] = t.apiKey;
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  if (init.cookies) {
    headers.Cookie = init.cookies.header();
    const csrf = init.cookies.find('csrf_token');
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  const res = await fetch(`${t.url}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  init.cookies?.take(res);
  return res;
}

export interface Login {
  name: string;
  session: string;
  cookies: CookieJar;
}

/** A password login as a browser does it: GET /login for the CSRF cookie, then POST /api/login with it. */
export async function passwordLogin(t: Target, user = t.user): Promise<Login> {
  const cookies = new CookieJar();
  await (await api(t, '/login', { noKey: true, cookies })).text();
  const res = await api(t, '/api/login', {
    noKey: true,
    cookies,
    json: { user: user.name, pass: user.password, remember: false },
  });
  if (res.status !== 200) throw new Error(`login as ${user.name}: ${res.status}`);
  const body = (await res.json()) as { name: string; session: string };
  return { name: body.name, session: body.session, cookies };
}

/** Ends a password login's session (POST /api/logout with its cookie and CSRF token). */
export async function logout(t: Target, login: Login): Promise<number> {
  const res = await api(t, '/api/logout', { noKey: true, cookies: login.cookies, json: {} });
  await res.text();
  return res.status;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `fn` is true (sync or async), or throws after `timeoutMs`. */
export async function waitFor(
  fn: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`${what} not met in ${timeoutMs} ms`);
    await sleep(50);
  }
}
