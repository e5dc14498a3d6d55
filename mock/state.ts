// Shared state of one mock OctoPrint: users and keys, login sessions, version hashes, faults and the ground truth.
import permissions from './data/permissions.json' with { type: 'json' };
import type { PushSession } from './push/push-session.ts';

const PERMISSIONS = permissions as { key: string; default_groups: string[] }[];

export interface MockUser {
  name: string;
  password: string;
  apikey: string | null;
  groups: string[];
  /** Permissions given to the user directly, beside its groups'. */
  permissions: string[];
  active: boolean;
}

export const GROUPS = ['admins', 'users', 'readonly', 'guests'];

export const isAdmin = (user: MockUser): boolean => user.groups.includes('admins');

export interface MockIdentity {
  version: string;
  pluginHash: string;
  configHash: string;
}

export interface LoginSession {
  user: string;
  mechanism: 'apikey' | 'password';
}

export class MockState {
  readonly users: MockUser[];
  /** session id -> login, as created by passive or password login. */
  readonly sessions = new Map<string, LoginSession>();
  readonly pushSessions = new Set<PushSession>();
  identity: MockIdentity;
  /** Real-time ms until which REST and new sockets are refused (restart with downMs). */
  downUntil = 0;
  /** Extra latency on every REST call (slow-rest). */
  slowRestMs = 0;
  /** The fake webcam answers 503 and cuts open streams while true (scenario `webcam`). */
  webcamDown = false;
  /** Open MJPEG streams, so tests can see that a hidden page stops streaming. */
  webcamStreams = 0;
  /** The same by the `x-test-page` header a test's page sends (pages of earlier tests may close theirs late). */
  readonly webcamStreamsByPage = new Map<string, number>();
  /** OctoPrint's api.allowCrossOrigin: false means no CORS headers, so browsers on other origins are refused. */
  allowCrossOrigin = true;
  /** Strict mode: app-key requests wait for an explicit decision (as a person in OctoPrint's UI gives it). */
  appkeyManual = false;
  /** Pending Application Keys requests by app token. */
  readonly appkeyRequests = new Map<
    string,
    { app: string; user: string; decidedAt: number; decision: 'allow' | 'deny' | null }
  >();
  readonly truth = { throttles: [] as { at: number; factor: number }[], currentsSent: 0, messagesSent: 0 };

  /** Permissions of groups an admin changed (PUT /api/access/groups/<key>); the others keep their defaults. */
  readonly groupPermissions = new Map<string, string[]>();

  /** Draws tokens (sessions, CSRF, app keys) from the printer's seeded generator, so `--seed` repeats a run exactly. */
  random: () => number = Math.random;

  constructor(apiKey: string, identity: Partial<MockIdentity> = {}) {
    // admin holds the key; viewer (read-only group) and operator (users group) have fewer permissions.
    this.users = [
      { name: 'admin', password: 'admin', apikey: apiKey, groups: ['admins'], permissions: [], active: true },
      {
        name: 'operator',
        password: 'operator',
        apikey: `${apiKey}-operator`,
        groups: ['users'],
        permissions: [],
        active: true,
      },
      {
        name: 'viewer',
        password: 'viewer',
        apikey: `${apiKey}-readonly`,
        groups: ['readonly'],
        permissions: [],
        active: true,
      },
    ];
    this.identity = {
      version: '1.11.8',
      pluginHash: 'f8c6b77c2d086e7d65f8e19d6bc79c3c',
      configHash: '6b4aae3116fbe63ec7f6546cfb128dbd',
      ...identity,
    };
  }

  get down(): boolean {
    return this.downUntil > Date.now();
  }

  userForKey(key: string | null | undefined): MockUser | null {
    if (!key) return null;
    return this.users.find((u) => u.apikey === key) ?? null;
  }

  user(name: string): MockUser | null {
    return this.users.find((u) => u.name === name) ?? null;
  }

  /** A group's permission keys (guests have none by default). */
  permissionsOfGroup(group: string): string[] {
    return (
      this.groupPermissions.get(group) ?? PERMISSIONS.filter((p) => p.default_groups.includes(group)).map((p) => p.key)
    );
  }

  /** Effective permission keys of a user, from its groups (admins get all) and its own permissions. */
  permissionsOf(user: MockUser): string[] {
    if (isAdmin(user)) return PERMISSIONS.map((p) => p.key);
    const keys = new Set([...user.permissions, ...user.groups.flatMap((g) => this.permissionsOfGroup(g))]);
    return PERMISSIONS.filter((p) => keys.has(p.key)).map((p) => p.key);
  }

  /** The user's live login sessions: OctoPrint sends `modified` to a user's sockets once for each of them. */
  sessionCountOf(name: string): number {
    let n = 0;
    for (const s of this.sessions.values()) if (s.user === name) n++;
    return n;
  }

  /** OctoPrint's _trigger_on_user_modified: every socket of the user gets `modified` once per session of the user. */
  userModified(name: string): void {
    const times = this.sessionCountOf(name);
    for (const socket of this.pushSessions) {
      if (socket.user?.name !== name) continue;
      for (let i = 0; i < times; i++) socket.deauth('modified');
    }
  }

  /** `bytes` random bytes as hex: unguessable enough for a mock on loopback, and repeatable by seed. */
  token(bytes: number): string {
    let out = '';
    for (let i = 0; i < bytes; i++)
      out += Math.floor(this.random() * 256)
        .toString(16)
        .padStart(2, '0');
    return out;
  }

  newSession(user: MockUser, mechanism: LoginSession['mechanism'] = 'apikey'): string {
    const session = this.token(32);
    this.sessions.set(session, { user: user.name, mechanism });
    return session;
  }

  connectedPayload(): Record<string, unknown> {
    return {
      version: this.identity.version,
      display_version: this.identity.version,
      branch: 'main',
      python_version: '3.11.2',
      plugin_hash: this.identity.pluginHash,
      config_hash: this.identity.configHash,
      debug: false,
      safe_mode: null,
      online: true,
      permissions: PERMISSIONS,
    };
  }
}
