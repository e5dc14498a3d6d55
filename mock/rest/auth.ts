// API-key authentication as OctoPrint does it: X-Api-Key, Authorization: Bearer or ?apikey=; 403 without one.
import type { NextFunction, Request, Response } from 'express';
import type { MockState, MockUser } from '../state.ts';

export const FORBIDDEN = {
  error: "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
};

export function apiKeyOf(req: Request): string | null {
  const header = req.get('X-Api-Key');
  if (header) return header;
  const authz = req.get('Authorization');
  if (authz?.startsWith('Bearer ')) return authz.slice(7).trim();
  const q = req.query.apikey;
  return typeof q === 'string' ? q : null;
}

export function userOf(state: MockState, req: Request): MockUser | null {
  return state.userForKey(apiKeyOf(req));
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
