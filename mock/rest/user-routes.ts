// User management as OctoPrint 1.11.8's /api/access/users does it (admins only), with its effects on sockets:
// each real change sends `modified` to the user's sockets once per login session; a deletion sends nothing.
import { Router, type Request, type Response } from 'express';
import { GROUPS, isAdmin, type MockState, type MockUser } from '../state.ts';
import { bodyOf, FORBIDDEN, requirePermission, userOf } from './auth.ts';

const NOT_FOUND = {
  error:
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
};
const TRUES = new Set([true, 'true', 'yes', 'y', '1', 1]);

export function userJson(state: MockState, user: MockUser): Record<string, unknown> {
  const perms = state.permissionsOf(user);
  return {
    active: user.active,
    admin: isAdmin(user),
    apikey: user.apikey,
    groups: user.groups,
    name: user.name,
    needs: perms.length ? { group: user.groups, role: perms.map((p) => p.toLowerCase()) } : {},
    permissions: user.permissions,
    roles: isAdmin(user) ? ['user', 'admin'] : ['user'],
    settings: {},
    user: true,
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Applies a PUT body the way the server's three calls do: each one that changes something notifies on its own. */
function update(state: MockState, user: MockUser, body: Record<string, unknown>): void {
  if ('groups' in body) {
    // Unknown groups are dropped without a word, as the server does.
    const groups = [...new Set(strings(body.groups).filter((g) => GROUPS.includes(g)))];
    if (!sameSet(groups, user.groups)) {
      user.groups = groups;
      state.userModified(user.name);
    }
  }
  if ('permissions' in body) {
    const permissions = [...new Set(strings(body.permissions))];
    if (!sameSet(permissions, user.permissions)) {
      user.permissions = permissions;
      state.userModified(user.name);
    }
  }
  if ('active' in body) {
    const active = TRUES.has(body.active as never);
    if (active !== user.active) {
      user.active = active;
      state.userModified(user.name);
    }
  }
}

export function userRoutes(state: MockState): Router {
  const r = Router();
  const admin = requirePermission(state, 'ADMIN');
  const users = (_req: Request, res: Response) => res.json({ users: state.users.map((u) => userJson(state, u)) });

  r.get('/api/access/users', admin, users);

  r.get('/api/access/users/:name', (req, res) => {
    const me = userOf(state, req);
    if (!me || (me.name !== req.params.name && !isAdmin(me))) {
      res.status(403).json(FORBIDDEN);
      return;
    }
    const user = state.user(String(req.params.name));
    if (user) res.json(userJson(state, user));
    else res.status(404).json(NOT_FOUND);
  });

  r.post('/api/access/users', admin, (req, res) => {
    const body = bodyOf(req);
    for (const key of ['name', 'password', 'active']) {
      if (!(key in body)) {
        res.status(400).json({ error: `${key} is missing` });
        return;
      }
    }
    if (typeof body.name !== 'string' || !/^[\w.@+-]+$/.test(body.name)) {
      res.status(400).json({ error: 'Username invalid' });
      return;
    }
    if (state.user(body.name)) {
      res.status(409).json({ error: 'Conflict' });
      return;
    }
    state.users.push({
      name: body.name,
      password: String(body.password),
      apikey: null,
      active: TRUES.has(body.active as never),
      groups: strings(body.groups ?? ['users']).filter((g) => GROUPS.includes(g)),
      permissions: strings(body.permissions),
    });
    users(req, res);
  });

  r.put('/api/access/users/:name', admin, (req, res) => {
    const user = state.user(String(req.params.name));
    if (!user) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    update(state, user, bodyOf(req));
    users(req, res);
  });

  // OctoPrint 1.11.8 never calls its on_user_removed: the user's sessions vanish silently and its sockets keep
  // their rights until they authenticate again (then `stale`).
  r.delete('/api/access/users/:name', admin, (req, res) => {
    const name = String(req.params.name);
    if ((res.locals.user as MockUser).name === name) {
      res.status(400).json({ error: 'You cannot delete yourself' });
      return;
    }
    const i = state.users.findIndex((u) => u.name === name);
    if (i < 0) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    state.users.splice(i, 1);
    for (const [id, s] of state.sessions) if (s.user === name) state.sessions.delete(id);
    users(req, res);
  });

  return r;
}
