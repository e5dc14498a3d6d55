// Authentication as OctoPrint does it: API key (X-Api-Key, Bearer, ?apikey=) or a login cookie; 403 without either.
import type { NextFunction, Request, Response } from 'express';
import type { MockState, MockUser } from '../state.ts';

export const FORBIDDEN = {
  error:
    "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
};

export function apiKeyOf(req: Request): string | null {
  const header = req.get('X-Api-Key');
  if (header) return header;
  const authz = req.get('Authorization');
  if (authz?.startsWith('Bearer ')) return authz.slice(7).trim();
  const q = req.query.apikey;
  return typeof q === 'string' ? q : null;
}

/** Cookies of a request (a tiny parser: name=value pairs separated by semicolons). */
export function cookiesOf(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.get('Cookie') ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

/** OctoPrint suffixes its cookie names with the port, e.g. `csrf_token_P5000`. */
export function cookieName(req: Request, base: string): string {
  return `${base}_P${req.socket.localPort ?? 5000}`;
}

/** The login session id from the session cookie, if it names a live session. */
export function cookieSessionOf(state: MockState, req: Request): string | null {
  const id = cookiesOf(req)[cookieName(req, 'session')];
  return id && state.sessions.has(id) ? id : null;
}

/** CSRF double submit: the csrf cookie and the X-CSRF-Token header must be present and equal. */
export function csrfOk(req: Request): boolean {
  const cookie = cookiesOf(req)[cookieName(req, 'csrf_token')];
  return !!cookie && cookie === req.get('X-CSRF-Token');
}

export function userOf(state: MockState, req: Request): MockUser | null {
  const byKey = state.userForKey(apiKeyOf(req));
  if (byKey) return byKey;
  const session = cookieSessionOf(state, req);
  if (!session) return null;
  // Cookie-authenticated writes need the CSRF header as well.
  if (req.method !== 'GET' && req.method !== 'HEAD' && !csrfOk(req)) return null;
  return state.user(state.sessions.get(session)?.user ?? '');
}

/** Route guard: the request's user must hold `permission`, else 403 with OctoPrint's message. */
export function requirePermission(state: MockState, permission: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = userOf(state, req);
    if (!user || !state.permissionsOf(user).includes(permission)) {
      res.status(403).json(FORBIDDEN);
      return;
    }
    res.locals.user = user;
    next();
  };
}

/** Reads a JSON body as a record whatever was sent. */
export function bodyOf(req: Request): Record<string, unknown> {
  const b: unknown = req.body;
  return typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : {};
}
