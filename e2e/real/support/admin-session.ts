// An admin's browser session on the real server (password login, session cookie, CSRF token), as OctoPrint's page has.
import { expect } from '@playwright/test';

export class AdminSession {
  private readonly cookies = new Map<string, string>();
  private constructor(readonly url: string) {}

  /** Logs in with a password the way OctoPrint's login page does: CSRF cookie first, then POST /api/login. */
  static async open(url: string, user = 'admin', pass = 'admin'): Promise<AdminSession> {
    const s = new AdminSession(url);
    await s.request('GET', '/login');
    await s.json('POST', '/api/login', { user, pass, remember: false });
    return s;
  }

  private csrf(): string {
    for (const [name, value] of this.cookies) if (name.startsWith('csrf_token')) return value;
    return '';
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') headers['X-CSRF-Token'] = this.csrf();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(this.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = (pair ?? '').indexOf('=');
      if (i > 0) this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }

  async json<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, body);
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? null : await res.json()) as T;
  }

  /** Waits for a pending Application Keys request from `app` and decides it, as the admin's dialog does. */
  async decideAppKey(app: string, allow: boolean): Promise<void> {
    let token = '';
    await expect
      .poll(
        async () => {
          const list = await this.json<{ pending: Record<string, { app_id: string; user_token: string }> }>(
            'GET',
            '/api/plugin/appkeys',
          );
          token = Object.values(list.pending).find((p) => p.app_id === app)?.user_token ?? '';
          return token;
        },
        { timeout: 10_000, message: `a pending Application Keys request from ${app}` },
      )
      .not.toBe('');
    await this.json('POST', `/plugin/appkeys/decision/${token}`, { decision: allow });
  }

  /** The API key the admin granted to `app`, from the admin's list (needs a recent password login). */
  async revokeAppKey(app: string, user = 'admin'): Promise<void> {
    await this.json('POST', '/api/plugin/appkeys', { command: 'revoke', app, user });
  }
}
