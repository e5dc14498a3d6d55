// The steps of fixtures/octoprint-1.11.8/semantics.json (rules: docs/octoprint-semantics.md §N), run against any target (the mock or a real OctoPrint):
// each returns what a socket saw in each window, in the shape the recording has, and leaves the server as found.
import { SocketProbe } from './socket-probe.ts';
import { api, logout, passwordLogin, sleep, waitFor, type Login, type Target } from './target.ts';

export type Outcome = Record<string, unknown>;

const STATE_OFF_LOGS = { state: { logs: false, messages: false }, events: true, plugins: true };
const STATE_ON_LOGS = { state: { logs: true, messages: false }, events: true, plugins: true };

/**
 * A socket authenticated by a password login (the target's user by default), sent once the server's `connected`
 * came; `close` ends both, the socket and then the login. A failed login closes the socket.
 */
export async function authedSocket(
  t: Target,
  user = t.user,
): Promise<{ s: SocketProbe; login: Login; close(): Promise<void> }> {
  const s = new SocketProbe(t.url);
  let login: Login;
  try {
    await s.opened;
    await waitFor(() => s.of('connected').length > 0, 5000, 'connected');
    login = await passwordLogin(t, user);
  } catch (err) {
    s.close();
    throw err;
  }
  s.send({ auth: `${login.name}:${login.session}` });
  return {
    s,
    login,
    async close() {
      s.close();
      await logout(t, login);
    },
  };
}

async function groupsOf(t: Target, name: string): Promise<string[]> {
  const res = await api(t, `/api/access/users/${name}`);
  if (res.status !== 200) throw new Error(`GET user ${name}: ${res.status}`);
  return ((await res.json()) as { groups: string[] }).groups;
}

async function putGroups(t: Target, name: string, groups: string[]): Promise<number> {
  const res = await api(t, `/api/access/users/${name}`, { method: 'PUT', json: { groups } });
  await res.text();
  return res.status;
}

/** §1: a `modified` user logs in again on the same socket: ClientAuthed and currents, no second history. */
export async function reauthOnRegisteredSocket(t: Target): Promise<Outcome> {
  const groups = await groupsOf(t, t.user.name);
  const { s, close } = await authedSocket(t);
  let again: Login | null = null;
  try {
    await sleep(2500);
    const firstHistory = s.of('history').length;
    let mark = s.mark();
    // Another group beside the user's own: a real change, undone below.
    const modifyStatus = await putGroups(t, t.user.name, [
      ...groups,
      groups.includes('readonly') ? 'users' : 'readonly',
    ]);
    await sleep(1500);
    const reauthRequired = s.of('reauthRequired', mark);
    again = await passwordLogin(t);
    mark = s.mark();
    s.send({ auth: `${again.name}:${again.session}` });
    await sleep(3500);
    return { modifyStatus, firstHistory, reauthRequired, afterReauth: s.counts(mark) };
  } finally {
    await putGroups(t, t.user.name, groups);
    await close();
    if (again) await logout(t, again);
  }
}

/** §2-3: one socket through the five subscribe steps of the recording, in order. */
export async function subscribeSteps(t: Target): Promise<Record<string, Outcome>> {
  const { s, close } = await authedSocket(t);
  const out: Record<string, Outcome> = {};
  const window = async (ms: number, act: () => Promise<void> | void): Promise<number> => {
    const mark = s.mark();
    await act();
    await sleep(ms);
    return mark;
  };
  const home = async () => {
    const res = await api(t, '/api/printer/printhead', { json: { command: 'home', axes: ['x', 'y'] } });
    await res.text();
  };
  try {
    await waitFor(() => s.of('history').length > 0, 5000, 'history');
    s.send({ subscribe: STATE_OFF_LOGS });
    await sleep(1500);
    let mark = await window(2000, () => s.send({ subscribe: STATE_OFF_LOGS }));
    out.subscribeSameState = { types: s.counts(mark) };

    mark = await window(2000, () => s.send({ subscribe: STATE_ON_LOGS }));
    // The first `current` after the history, not after the subscribe: on a loaded machine a current the server had
    // already queued may come between the two (seen in a CI run).
    const join = (from: number) => {
      const got = s.since(from);
      const at = got.findIndex((r) => r.type === 'history');
      const history = got[at]?.body as { logs?: string[]; temps?: unknown[] } | undefined;
      const after = at < 0 ? [] : got.slice(at + 1);
      const first = after.find((r) => r.type === 'current')?.body as { logs?: string[] } | undefined;
      const held = new Set(history?.logs ?? []);
      return { history, first: first?.logs ?? [], repeated: (first?.logs ?? []).filter((l) => held.has(l)).length };
    };
    const j = join(mark);
    const types = s.counts(mark);
    // A line repeats only if it was waiting for its current when the history was built: a real server shows it
    // on most tries, so up to three more tries (logs off, then on again) look for it.
    let repeated = j.repeated;
    for (let i = 0; i < 3 && repeated === 0; i++) {
      s.send({ subscribe: STATE_OFF_LOGS });
      await sleep(700);
      const again = await window(1200, () => s.send({ subscribe: STATE_ON_LOGS }));
      repeated = join(again).repeated;
    }
    out.subscribeChangedState = {
      types,
      historyLogLines: j.history?.logs?.length ?? 0,
      firstCurrentLogLines: j.first.length,
      firstCurrentLinesAlsoInHistory: repeated,
      historyTemps: j.history?.temps?.length ?? 0,
    };

    // The subscribe travels on the socket and the homing over REST: the homing waits half a second so that the
    // server has read the subscribe first (the window is still the recorded 3 s from the subscribe).
    mark = await window(2500, async () => {
      s.send({ subscribe: { state: { logs: false, messages: false } } });
      await sleep(500);
      await home();
    });
    out.subscribeEventsPluginsOmitted = { types: s.counts(mark) };

    mark = await window(2500, async () => {
      s.send({ subscribe: { state: { logs: false, messages: false }, events: true } });
      await sleep(500);
      await home();
    });
    out.subscribeEventsTrue = { types: s.counts(mark) };

    // A `current` the server had already queued when the subscribe arrived may still come: the window opens 250 ms
    // after the subscribe (measured on a real 1.11.8: one such current in about one run of three).
    s.send({ subscribe: { events: true } });
    await sleep(250);
    mark = await window(2250, () => undefined);
    out.subscribeStateOmitted = { types: s.counts(mark) };
    return out;
  } finally {
    await close();
  }
}

async function printerState(t: Target): Promise<string> {
  const res = await api(t, '/api/connection');
  return ((await res.json()) as { current: { state: string } }).current.state;
}

/** §4: a disconnect, then quiet: one Offline current with no heaters; the printer is connected again after. */
export async function offlinePrinter(t: Target): Promise<Outcome> {
  const { s, close } = await authedSocket(t);
  try {
    await waitFor(async () => (await printerState(t)) === 'Operational', 10_000, 'printer Operational');
    await waitFor(() => s.of('history').length > 0, 5000, 'history');
    await sleep(1000);
    const job = (await (await api(t, '/api/job')).json()) as { job: { file: { name: string | null } } };
    const mark = s.mark();
    const t0 = Date.now();
    await (await api(t, '/api/connection', { json: { command: 'disconnect' } })).text();
    await sleep(6000);
    const currents = s.since(mark).filter((r) => r.type === 'current');
    const last = currents.at(-1)?.body as Record<string, unknown> | undefined;
    return {
      types: s.counts(mark),
      fileSelected: job.job.file.name !== null,
      lastCurrent: last ? { state: last.state, temps: last.temps, progress: last.progress } : null,
      currentTimes: currents.map((r) => r.at - t0),
      currentStates: currents.map((r) => ((r.body as { state?: { text?: string } }).state?.text ?? '') as string),
    };
  } finally {
    await close();
    await (await api(t, '/api/connection', { json: { command: 'connect', port: 'VIRTUAL', baudrate: 115200 } })).text();
    await waitFor(async () => (await printerState(t)) === 'Operational', 15_000, 'printer Operational again');
  }
}
