// Login, logout and the current user: passive login with a key, user/password with the CSRF double submit.
import { Router, type Response } from 'express';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import { isAdmin, type MockState, type MockUser } from '../state.ts';
import { bodyOf, cookieName, cookieSessionOf, csrfOk, FORBIDDEN, userOf } from './auth.ts';

function loginJson(state: MockState, user: MockUser, session: string, mechanism: string): Record<string, unknown> {
  const perms = state.permissionsOf(user);
  return {
    _credentials_seen: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'),
    _is_external_client: false,
    _login_mechanism: mechanism,
    active: user.active,
    admin: isAdmin(user),
    apikey: user.apikey,
    groups: user.groups,
    name: user.name,
    needs: { group: user.groups, role: perms.map((p) => p.toLowerCase()) },
    permissions: [],
    roles: isAdmin(user) ? ['user', 'admin'] : ['user'],
    session,
    settings: {},
    user: true,
  };
}

export function loginRoutes(state: MockState, printer: VirtualPrinter): Router {
  const r = Router();

  // OctoPrint's login page sets the CSRF cookie the API login then has to echo in X-CSRF-Token.
  r.get('/login', (req, res) => {
    const token = state.token(16);
    res.cookie(cookieName(req, 'csrf_token'), token, { sameSite: 'strict', path: '/' });
    res.type('html').send('<html><head><title>OctoPrint Login</title></head><body>Mock OctoPrint login</body></html>');
  });

  r.post('/api/login', (req, res: Response) => {
    const body = bodyOf(req);
    const keyUser = userOf(state, req);
    if (typeof body.user === 'string') {
      if (!csrfOk(req)) {
        res.status(400).json({ error: 'CSRF validation failed' });
        return;
      }
      const user = state.user(body.user);
      if (!user || user.password !== body.pass || !user.active) {
        res.status(403).json(FORBIDDEN);
        return;
      }
      const session = state.newSession(user, 'password');
      printer.event('UserLoggedIn', { username: user.name });
      res.cookie(cookieName(req, 'session'), session, { httpOnly: true, sameSite: 'lax', path: '/' });
      res.json(loginJson(state, user, session, 'password'));
      return;
    }
    // Without a key or cookie the real server fails the CSRF check first (docs/octoprint-observed.md §2).
    if (!keyUser || body.passive !== true) {
      res.status(400).json({ error: 'CSRF validation failed' });
      return;
    }
    const session = state.newSession(keyUser);
    printer.event('UserLoggedIn', { username: keyUser.name });
    res.json(loginJson(state, keyUser, session, 'apikey'));
  });

  r.post('/api/logout', (req, res) => {
    const session = cookieSessionOf(state, req);
    if (!session && !userOf(state, req)) {
      res.status(400).json({ error: 'CSRF validation failed' });
      return;
    }
    // Only a cookie session is a login session to end (an API key alone logs nothing out), as on the server.
    const ended = session ? state.sessions.get(session) : undefined;
    if (session && ended) {
      state.sessions.delete(session);
      for (const s of state.pushSessions) if (s.authSession === session) s.deauth('logout');
      printer.event('UserLoggedOut', { username: ended.user });
    }
    res.clearCookie(cookieName(req, 'session'));
    res.json({ needs: { group: ['guests'] } });
  });

  r.get('/api/currentuser', (req, res) => {
    const user = userOf(state, req);
    if (!user) {
      res.json({ groups: ['guests'], name: null, permissions: [] });
      return;
    }
    res.json({ groups: user.groups, name: user.name, permissions: state.permissionsOf(user) });
  });

  return r;
}
