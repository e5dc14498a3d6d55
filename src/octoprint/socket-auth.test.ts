import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { passiveLoginAuth } from './auth.ts';
import { createRestClient, RestError } from './rest-client.ts';
import type { OctoPrintSocket } from './socket-client.ts';
import type { AuthProvider } from './socket-types.ts';
import { ALICE, makeReady, record, SNAPSHOT, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
import { startPushServer, type PushServer } from './testing/push-server.ts';

let server: PushServer;
let socket: OctoPrintSocket | null = null;

beforeEach(async () => {
  server = await startPushServer();
  useFakeClock();
});

afterEach(async () => {
  socket?.dispose();
  socket = null;
  vi.useRealTimers();
  await server.close();
});

const auths = () => server.latest().received.filter((m) => 'auth' in m);

describe('authentication', () => {
  it('does a passive login over REST with the API key and sends name:session', async () => {
    const rest = createRestClient({ baseUrl: server.url, apiKey: 'KEY' });
    socket = testSocket(server, { auth: passiveLoginAuth(rest) });
    socket.connect();
    await makeReady(server, socket);
    expect(server.logins).toHaveLength(1);
    expect(server.logins[0]?.headers['x-api-key']).toBe('KEY');
    expect(JSON.parse(server.logins[0]?.body ?? '')).toEqual({ passive: true });
    expect(auths()).toEqual([{ auth: 'alice:sess-1' }]);
  });

  it('logs in again after every reconnect: sessions do not survive one', async () => {
    const login = vi.fn(async () => ALICE);
    socket = testSocket(server, { auth: { login } });
    socket.connect();
    await makeReady(server, socket);
    server.latest().close();
    await makeReady(server, socket, 2);
    expect(login).toHaveBeenCalledTimes(2);
  });

  it('on reauthRequired calls reauthenticate(reason) and sends the new session', async () => {
    const reauthenticate = vi.fn(async () => ({ name: 'alice', session: 'sess-2' }));
    socket = testSocket(server, { auth: { login: async () => ALICE, reauthenticate } });
    socket.connect();
    await makeReady(server, socket);
    server.latest().send({ reauthRequired: { reason: 'stale' } });
    await waitFor(() => auths().length === 2, 'second auth');
    expect(reauthenticate).toHaveBeenCalledWith('stale');
    expect(auths()[1]).toEqual({ auth: 'alice:sess-2' });
    // A registered socket gets no second history (docs/octoprint-semantics.md §1): the accepted login makes it live.
    await waitFor(() => socket?.state === 'ready', 'ready again');
  });

  it('is ready again after a re-login with no second history, and says it was a re-login', async () => {
    socket = testSocket(server, { auth: { login: async () => ALICE } });
    const log = record(socket, ['ready', 'auth-failed']);
    socket.connect();
    await makeReady(server, socket);
    server.latest().send({ reauthRequired: { reason: 'modified' } });
    await waitFor(() => auths().length === 2, 'second auth');
    await waitFor(() => socket?.state === 'ready', 'ready again');
    expect(log.payloads).toEqual([
      { user: 'alice', relogin: false },
      { user: 'alice', relogin: true },
    ]);
  });

  it('answers a burst of `modified` (one per session of the user) with one login and one after it, not one each', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A REST login takes a while: the whole burst arrives while the first re-login is under way.
    const login = vi.fn(async () => (login.mock.calls.length > 1 ? gate.then(() => ALICE) : ALICE));
    socket = testSocket(server, { auth: { login } });
    socket.connect();
    await makeReady(server, socket);
    const before = socket.stats.received;
    for (let i = 0; i < 20; i++) server.latest().send({ reauthRequired: { reason: 'modified' } });
    await waitFor(() => socket?.stats.received === before + 20, 'the burst received');
    release();
    await waitFor(() => auths().length === 3, 'two re-logins');
    await vi.advanceTimersByTimeAsync(1000);
    expect(login).toHaveBeenCalledTimes(3);
    expect(socket.state).toBe('ready');
  });

  it('stays live through twenty `modified` over a simulated day', async () => {
    // Heartbeats are not the subject here: a watchdog longer than the gaps keeps the link from being reopened.
    socket = testSocket(server, { auth: { login: async () => ALICE }, livenessTimeout: 10 * 3_600_000 });
    const log = record(socket, ['auth-failed', 'closed']);
    socket.connect();
    await makeReady(server, socket);
    for (let i = 0; i < 20; i++) {
      // An admin edit every 72 minutes; the socket hears nothing else meanwhile.
      server.latest().send({ reauthRequired: { reason: 'modified' } });
      await waitFor(() => auths().length === i + 2, `auth ${i + 2}`);
      await waitFor(() => socket?.state === 'ready', `ready after ${i + 1}`);
      await vi.advanceTimersByTimeAsync(72 * 60_000);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(socket.state).toBe('ready');
    expect(log.names).toEqual([]);
    expect(server.connections).toHaveLength(1);
  });

  it('falls back to login() when the provider has no reauthenticate', async () => {
    const login = vi.fn(async () => ALICE);
    socket = testSocket(server, { auth: { login } });
    socket.connect();
    await makeReady(server, socket);
    server.latest().send({ reauthRequired: { reason: 'modified' } });
    await waitFor(() => auths().length === 2, 'second auth');
    expect(login).toHaveBeenCalledTimes(2);
  });

  it('ends in auth-failed with the reason after repeated rejections, not in a loop', async () => {
    socket = testSocket(server, { maxAuthFailures: 2 });
    const log = record(socket, ['auth-failed', 'backoff']);
    socket.connect();
    await waitFor(() => server.connections.length === 1 && auths().length === 1, 'first auth');
    for (let i = 2; i <= 3; i++) {
      server.latest().send({ reauthRequired: { reason: 'stale' } });
      await waitFor(() => auths().length === i, `auth ${i}`);
    }
    server.latest().send({ reauthRequired: { reason: 'stale' } });
    await waitFor(() => socket?.state === 'auth-failed', 'auth-failed');
    expect(log.payloads).toEqual([
      {
        reason: 'authentication failed 2 times (last reason: stale)',
        problem: { code: 'auth.exhausted', values: { times: 2, reason: 'stale' } },
      },
    ]);
    await waitFor(() => server.latest().closed, 'socket closed');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(server.connections).toHaveLength(1);
    // The user can try again.
    socket.retryNow();
    await makeReady(server, socket, 2);
  });

  it('stops at once when the login itself is refused (bad API key)', async () => {
    server.loginReply = { status: 403, body: { error: 'Forbidden' } };
    const rest = createRestClient({ baseUrl: server.url, apiKey: 'WRONG' });
    socket = testSocket(server, { auth: passiveLoginAuth(rest) });
    const errors: unknown[] = [];
    socket.on('error', (e) => errors.push(e));
    socket.connect();
    await waitFor(() => socket?.state === 'auth-failed', 'auth-failed');
    expect(errors).toEqual([
      {
        kind: 'auth',
        message: 'login failed: 403 Forbidden',
        problem: {
          code: 'auth.loginFailed',
          cause: { code: 'rest.status', values: { status: 403, error: 'Forbidden' } },
        },
      },
    ]);
  });

  it('a refused reauthentication says why OctoPrint asked for it', async () => {
    const rest = createRestClient({ baseUrl: server.url, apiKey: 'KEY' });
    socket = testSocket(server, { auth: passiveLoginAuth(rest) });
    const failed: unknown[] = [];
    socket.on('auth-failed', (e) => failed.push(e));
    socket.connect();
    await makeReady(server, socket);
    server.loginReply = { status: 403, body: { error: 'Forbidden' } };
    server.latest().send({ reauthRequired: { reason: 'removed' } });
    await waitFor(() => socket?.state === 'auth-failed', 'auth-failed');
    expect(JSON.stringify(failed)).toContain(
      'the user or its API key was removed in OctoPrint, and logging in again failed',
    );
  });

  it('treats an anonymous passive login (no session) as refused', async () => {
    server.loginReply = { status: 200, body: { needs: {}, _is_external_client: false } };
    socket = testSocket(server, { auth: passiveLoginAuth(createRestClient({ baseUrl: server.url })) });
    socket.connect();
    await waitFor(() => socket?.state === 'auth-failed', 'auth-failed');
  });

  it('backs off and retries when the login fails for a network reason', async () => {
    let calls = 0;
    const auth: AuthProvider = {
      login: async () => {
        if (++calls === 1) throw new RestError(0, 'network error: ECONNRESET');
        return ALICE;
      },
    };
    socket = testSocket(server, { auth });
    const log = record(socket, ['disconnected', 'backoff']);
    socket.connect();
    await makeReady(server, socket, 2);
    expect(log.payloads[0]).toEqual({ graceful: false, code: 4000, reason: 'login failed' });
    expect(calls).toBe(2);
  });

  it('ignores a login that completes after its socket was replaced', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    socket = testSocket(server, {
      auth: {
        login: async () => {
          if (++calls === 1) await gate;
          return ALICE;
        },
      },
    });
    socket.connect();
    await waitFor(() => calls === 1, 'first login started');
    socket.reconnect();
    await makeReady(server, socket, 2);
    release();
    await waitFor(() => server.connections[0]?.closed === true, 'first closed');
    expect(server.connections[0]?.received.filter((m) => 'auth' in m)).toEqual([]);
  });

  it('without an auth provider it is ready when a history arrives (guest with STATUS)', async () => {
    socket = testSocket(server, { auth: null });
    socket.connect();
    await waitFor(() => server.connections.length === 1 && socket?.state === 'open', 'open');
    server.latest().send({ reauthRequired: { reason: 'modified' } });
    server.latest().send({ history: SNAPSHOT });
    await waitFor(() => socket?.state === 'ready', 'ready');
    expect(server.latest().received).toEqual([]);
  });
});
