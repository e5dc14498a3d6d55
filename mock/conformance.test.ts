// Conformance with the recorded OctoPrint 1.11.8: every message and event type in the fixtures appears with the
// same keys and value types, and REST answers match the recorded status codes and shapes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, until, type Harness, type RawClient } from './test-support.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/octoprint-1.11.8/${name}`, import.meta.url), 'utf8'));

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const trimmed = (v: unknown) => typeof v === 'string' && v.startsWith('<');

/** Differences in keys and value types between a recorded value and the mock's (null matches anything). */
function shapeDiff(rec: unknown, got: unknown, path: string, out: string[]): void {
  if (rec === null || got === null || trimmed(rec)) return;
  if (Array.isArray(rec)) {
    if (!Array.isArray(got)) out.push(`${path}: array expected`);
    else if (rec.length && got.length && !trimmed(rec[0])) shapeDiff(rec[0], got[0], `${path}[0]`, out);
    return;
  }
  if (isRec(rec)) {
    if (!isRec(got)) return void out.push(`${path}: object expected`);
    for (const k of Object.keys(rec)) if (!(k in got)) out.push(`${path}.${k}: missing`);
    for (const k of Object.keys(got)) if (!(k in rec)) out.push(`${path}.${k}: extra`);
    for (const k of Object.keys(rec)) if (k in got) shapeDiff(rec[k], got[k], `${path}.${k}`, out);
    return;
  }
  if (typeof rec !== typeof got) out.push(`${path}: ${typeof rec} expected, got ${typeof got}`);
}

function recordedMessages(): Rec[] {
  const all: Rec[] = [];
  for (const f of [
    'socket-session1-noncurrent.json',
    'socket-session2-noncurrent.json',
    'socket-session1-currents.json',
  ]) {
    for (const m of (fixture(f) as { messages: { msg: unknown }[] }).messages) if (isRec(m.msg)) all.push(m.msg);
  }
  all.push((fixture('socket-connected-full.json') as { message: Rec }).message);
  all.push((fixture('socket-history-sample.json') as { message: Rec }).message);
  return all;
}

let h: Harness;
let c: RawClient;

async function drive(): Promise<void> {
  c = await h.authedClient();
  const evts = () => c.events().map((e) => e.type);
  await h.scenario('target', { heater: 'tool0', target: 200 });
  const form = new FormData();
  form.append('file', new Blob(['G28\nG1 Z0.3\nG1 X10 Y10 E1\nG1 Z0.5\nG1 X20 Y10 E2\nG1 Z20\n']), 'short.gcode');
  expect((await h.api('/api/files/local', { method: 'POST', body: form })).status).toBe(201);
  await h.api('/api/files/local/short.gcode', { json: { command: 'select', print: true } });
  await until(() => evts().includes('PrintDone'), 8000);
  // A current that shows the printer Operational again after the print (not one from before it started).
  const done = c.of('current').length;
  await until(() =>
    c
      .of('current')
      .slice(done)
      .some((m) => (m as { state: { text: string } }).state.text === 'Operational'),
  );
  await h.scenario('print', { seconds: 200 });
  await h.api('/api/job', { json: { command: 'pause', action: 'pause' } });
  await until(() => evts().includes('PrintPaused'));
  await h.api('/api/job', { json: { command: 'pause', action: 'resume' } });
  await h.api('/api/job', { json: { command: 'cancel' } });
  await h.api('/api/printer/command', { json: { commands: ['M118 A1 action:notification Hello'] } });
  await h.api('/api/connection', { json: { command: 'disconnect' } });
  await h.api('/api/connection', { json: { command: 'connect', port: 'VIRTUAL', baudrate: 115200 } });
  await until(() => evts().includes('FirmwareData'));
  await h.api('/api/printer/command', { json: { commands: ['!!DEBUG:trigger_fatal_error_marlin'] } });
  await until(() => evts().includes('EStop'));
  c.send({ auth: 'admin:bogus' });
  await until(() => c.of('reauthRequired').length > 0);
}

beforeAll(async () => {
  h = await harness({ speed: 10 });
  await drive();
}, 30_000);
afterAll(async () => {
  c.close();
  await h.mock.close();
});

describe('conformance with the recorded 1.11.8 push messages', () => {
  const recorded = recordedMessages();
  const recTypes = [...new Set(recorded.map((m) => Object.keys(m)[0] ?? ''))];
  const recEvents = new Map<string, unknown>();
  for (const m of recorded)
    if (isRec(m.event) && typeof m.event.type === 'string') recEvents.set(m.event.type, m.event.payload);

  it.each(recTypes)('sends %s messages with the recorded keys and value types', (type) => {
    const got = c.of(type);
    expect(got.length).toBeGreaterThan(0);
    // A current is compared with a recorded one of the same state and the same "file ever selected" situation.
    const kind = (v: unknown) =>
      JSON.stringify([
        (v as { state?: { text?: string } }).state?.text,
        'display' in ((v as { job?: { file?: Rec } }).job?.file ?? {}),
      ]);
    const rec = recorded.find(
      (m) => type in m && !trimmed(m[type]) && (type !== 'current' || kind(m[type]) === kind(got[0])),
    )?.[type];
    expect(rec).toBeDefined();
    const diffs: string[] = [];
    if (type !== 'event' && type !== 'plugin' && type !== 'reauthRequired') shapeDiff(rec, got[0], type, diffs);
    expect(diffs).toEqual([]);
  });

  it.each([...recEvents.keys()])('emits %s events with the recorded payload shape', (type) => {
    const got = c.events().find((e) => e.type === type);
    expect(got, `event ${type}`).toBeDefined();
    const diffs: string[] = [];
    shapeDiff(recEvents.get(type), got?.payload, type, diffs);
    expect(diffs).toEqual([]);
  });
});

describe('conformance with the recorded 1.11.8 REST answers', () => {
  const initial = fixture('rest-initial.json') as Record<
    string,
    { request: { method: string; path: string; json: unknown; headers: Rec }; status: number; body: unknown }
  >;
  const cases = [
    'version_nokey',
    'version_global',
    'version_userkey',
    'server',
    'printer_nokey',
    'printer',
    'printer_history',
    'printer_tool',
    'printer_bed',
    'connection',
    'job',
    'files',
    'printerprofiles',
    'timelapse',
    'system_commands',
    'currentuser_global',
    'currentuser_nokey',
    'login_passive_nokey',
    'login_passive_global',
    'login_passive_userkey',
    'login_userpass_wrong',
    'settings',
  ];

  it.each(cases)('%s has the recorded status and shape', async (name) => {
    await h.scenario('reset');
    await h.scenario('connect');
    await until(async () => (await h.api('/api/printer')).status === 200);
    const rec = initial[name];
    if (!rec) throw new Error(`no fixture ${name}`);
    const hasKey =
      Object.keys(rec.request.headers ?? {}).some((k) => /api-key/i.test(k)) ||
      (!name.includes('nokey') && name !== 'login_userpass_wrong');
    const res = await h.api(rec.request.path, {
      method: rec.request.method,
      key: hasKey ? undefined : null,
      json: rec.request.json ?? undefined,
    });
    expect(res.status).toBe(rec.status);
    const diffs: string[] = [];
    shapeDiff(rec.body, await res.json(), name, diffs);
    expect(diffs).toEqual([]);
  });
});

describe('conformance with the recorded 1.11.8 calls during a session (heat, upload, print, pause, cool down)', () => {
  interface Call {
    phase: string;
    method: string;
    path: string;
    body: unknown;
    status: number;
    response: unknown;
  }
  const calls = (fixture('rest-during-captures.json') as { session1: Call[] }).session1;
  // The recorded captures printed small files; these stand in for them, with the same names.
  const gcode = (layers: number) =>
    [
      'G28',
      ...Array.from({ length: layers }, (_, i) => `G1 Z${(0.3 * (i + 1)).toFixed(1)}\nG1 X${10 + i} Y10 E${i + 1}`),
      'G1 Z20',
    ].join('\n');

  it('answers every call of the recorded session in order with the recorded status and shape', async () => {
    const m = await harness({ speed: 20 });
    try {
      const seen: string[] = [];
      for (const call of calls) {
        if (call.method === 'GET' && call.path === '/api/job') {
          // The recording read the job once the printer had got there (Printing, Paused, Operational): so does this.
          const want = (call.response as { state: string }).state;
          await until(
            async () => ((await (await m.api('/api/job')).json()) as { state: string }).state === want,
            20_000,
          );
        }
        let res: Response;
        if (call.body === '<multipart>') {
          const name = (call.response as { files: { local: { name: string } } }).files.local.name;
          const form = new FormData();
          form.append('file', new Blob([gcode(name.includes('long') ? 40 : 5)]), name);
          res = await m.api(call.path, { method: 'POST', body: form });
        } else {
          res = await m.api(call.path, { method: call.method, json: call.body ?? undefined });
        }
        const label = `${call.phase} ${call.method} ${call.path}`;
        const diffs: string[] = [];
        if (res.status !== call.status) diffs.push(`status ${res.status}, recorded ${call.status}`);
        const text = await res.text();
        if (call.response !== '' && text) shapeDiff(call.response, JSON.parse(text), 'body', diffs);
        if (call.response === '' && text) diffs.push('a body where the recording had none');
        seen.push(diffs.length ? `${label}: ${diffs.join('; ')}` : label);
      }
      expect(seen.filter((s) => s.includes(': '))).toEqual([]);
      // Whatever the file's last line, progress ends at 100 %.
      const done = (await (await m.api('/api/job')).json()) as { progress: { completion: number | null } };
      expect(done.progress.completion ?? 100).toBeLessThanOrEqual(100);
      expect(seen).toHaveLength(calls.length);
    } finally {
      await m.mock.close();
    }
  }, 40_000);
});
