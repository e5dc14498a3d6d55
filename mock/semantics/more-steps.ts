// Steps for rules of docs/octoprint-semantics.md that semantics.json does not record, observed on a real 1.11.8 on
// 2026-12-02: an invalid auth and a logout log the socket out, a deleted user's socket hears nothing, a saved
// setting fires SettingsUpdated with the config_hash the next `connected` carries.
import { SocketProbe } from './socket-probe.ts';
import { authedSocket, type Outcome } from './steps.ts';
import { api, logout, sleep, waitFor, type Target } from './target.ts';

/** stale on a bad auth (currents stop), a good auth on the same socket (no history), then logout (currents stop). */
export async function staleThenLogout(t: Target): Promise<Outcome> {
  const { s, login, close } = await authedSocket(t);
  try {
    await waitFor(() => s.of('history').length > 0, 5000, 'history');
    await sleep(500);
    let mark = s.mark();
    s.send({ auth: `${login.name}:not-a-session` });
    await sleep(300);
    const quiet = s.mark();
    await sleep(1500);
    const stale = { types: s.counts(mark, quiet), after: s.counts(quiet) };
    mark = s.mark();
    s.send({ auth: `${login.name}:${login.session}` });
    await sleep(2000);
    const again = s.counts(mark);
    mark = s.mark();
    const status = await logout(t, login);
    await sleep(300);
    const out = s.mark();
    await sleep(1500);
    return { stale, again, logout: { status, types: s.counts(mark, out), after: s.counts(out) } };
  } finally {
    await close();
  }
}

/** A user created, logged in on a socket, then deleted: nothing on the socket, currents go on, a new auth is stale. */
export async function deletedUser(t: Target): Promise<Outcome> {
  const user = { name: 'semantics_tmp', password: 'semantics_tmp' };
  const created = await api(t, '/api/access/users', { json: { ...user, active: true, groups: ['users'] } });
  await created.text();
  let socket: Awaited<ReturnType<typeof authedSocket>> | null = null;
  try {
    socket = await authedSocket(t, user);
    const { s, login } = socket;
    await waitFor(() => s.of('history').length > 0, 5000, 'history');
    let mark = s.mark();
    const res = await api(t, `/api/access/users/${user.name}`, { method: 'DELETE' });
    await res.text();
    await sleep(2000);
    const afterDelete = s.counts(mark);
    mark = s.mark();
    s.send({ auth: `${login.name}:${login.session}` });
    await sleep(300);
    return {
      createStatus: created.status,
      deleteStatus: res.status,
      afterDelete,
      reauth: s.of('reauthRequired', mark),
    };
  } finally {
    // Logging out a deleted user's session is refused, harmlessly.
    await socket?.close();
    const gone = await api(t, `/api/access/users/${user.name}`, { method: 'DELETE' });
    await gone.text();
  }
}

/** Saving a changed setting and putting it back: one SettingsUpdated each, the second hash is the one `connected` carries. */
export async function settingsSaved(t: Target): Promise<Outcome> {
  const { s, close } = await authedSocket(t);
  try {
    await waitFor(() => s.of('history').length > 0, 5000, 'history');
    const before = ((await (await api(t, '/api/settings')).json()) as { appearance: { name: string } }).appearance.name;
    const mark = s.mark();
    const save = async (name: string) => (await api(t, '/api/settings', { json: { appearance: { name } } })).text();
    await save(before);
    await sleep(800);
    const unchanged = s.counts(mark);
    await save(`${before}semantics`);
    await save(before);
    await sleep(800);
    const events = s.of('event:SettingsUpdated', mark) as { payload: { config_hash: string } }[];
    const fresh = new SocketProbe(t.url);
    await fresh.opened;
    await waitFor(() => fresh.of('connected').length > 0, 5000, 'connected');
    fresh.close();
    const connectedHash = (fresh.of('connected')[0] as { config_hash: string }).config_hash;
    return {
      unchanged,
      events: events.length,
      lastHashInConnected: events.at(-1)?.payload.config_hash === connectedHash,
    };
  } finally {
    await close();
  }
}
