// PUT /api/access/groups/<key> as OctoPrint 1.11.8 does it: any saved change notifies once for the permissions and
// once for the subgroups given, so the group's users' sockets (and, for guests, anonymous sockets) get `modified`.
import { Router } from 'express';
import permissions from '../data/permissions.json' with { type: 'json' };
import { GROUPS, type MockState } from '../state.ts';
import { bodyOf, FORBIDDEN, requirePermission } from './auth.ts';

const KEYS = new Set((permissions as { key: string }[]).map((p) => p.key));
/** admins and readonly cannot be changed on the server (403). */
const CHANGEABLE = new Set(['users', 'guests']);
const NOT_FOUND = {
  error:
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
};

const DESCRIPTIONS = {
  admins: 'Administrators',
  users: 'Logged in users',
  readonly: 'Read only access',
  guests: 'Anyone who is not currently logged in',
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function groupRoutes(state: MockState): Router {
  const r = Router();
  const subgroups = new Map<string, string[]>();
  const descriptions = new Map<string, string>(Object.entries(DESCRIPTIONS));
  const groupJson = (g: string) => ({
    changeable: CHANGEABLE.has(g),
    default: g === 'users',
    description: descriptions.get(g) ?? '',
    key: g,
    name: g[0]?.toUpperCase() + g.slice(1),
    permissions: state.permissionsOfGroup(g),
    subgroups: subgroups.get(g) ?? [],
  });

  r.put('/api/access/groups/:key', requirePermission(state, 'ADMIN'), (req, res) => {
    const key = String(req.params.key);
    if (!GROUPS.includes(key)) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    if (!CHANGEABLE.has(key)) {
      res.status(403).json(FORBIDDEN);
      return;
    }
    const body = bodyOf(req);
    let dirty = 'default' in body;
    if (typeof body.description === 'string' && body.description !== descriptions.get(key)) {
      descriptions.set(key, body.description);
      dirty = true;
    }
    const notifications: string[] = [];
    if ('permissions' in body) {
      const next = [...new Set(strings(body.permissions).filter((p) => KEYS.has(p)))];
      const old = state.permissionsOfGroup(key);
      if (next.length !== old.length || next.some((p) => !old.includes(p))) dirty = true;
      state.groupPermissions.set(key, next);
      notifications.push('permissions');
    }
    if ('subgroups' in body) {
      const next = strings(body.subgroups);
      const old = subgroups.get(key) ?? [];
      if (next.length !== old.length || next.some((g) => !old.includes(g))) dirty = true;
      subgroups.set(key, next);
      notifications.push('subgroups');
    }
    if (dirty) {
      for (const _ of notifications) {
        for (const user of state.users) if (user.groups.includes(key)) state.userModified(user.name);
        if (key === 'guests') for (const s of state.pushSessions) if (!s.user) s.deauth('modified');
      }
    }
    res.json({ groups: GROUPS.map(groupJson) });
  });

  return r;
}
