// The G-code the mock sends for each printer REST command equals what a real OctoPrint 1.11.8 sent (recorded), and
// equals what the real test server sends now when OCTOPRINT_TEST_URL is set: a differential check of the mock.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../server.ts';
import { RawClient, until } from '../test-support.ts';

interface Recorded {
  path: string;
  body: unknown;
  sent: string[];
}

const recorded = (
  JSON.parse(readFileSync(new URL('../../fixtures/octoprint-1.11.8/rest-gcode.json', import.meta.url), 'utf8')) as {
    commands: Recorded[];
  }
).commands;

/** Sends each command and returns the Send lines the server's socket showed for it (one list per command). */
async function sentFor(url: string, key: string): Promise<string[][]> {
  const api = (path: string, body: unknown) =>
    fetch(url + path, {
      method: 'POST',
      headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const login = (await (await api('/api/login', { passive: true })).json()) as { name: string; session: string };
  const c = new RawClient(url);
  await c.opened;
  c.send({ subscribe: { state: { logs: true, messages: false } } });
  c.send({ auth: `${login.name}:${login.session}` });
  await until(() => c.of('history').length > 0, 10_000);
  const sends = () =>
    (c.of('current') as { logs?: string[] }[]).flatMap((m) => m.logs ?? []).filter((l) => l.startsWith('Send: '));
  const out: string[][] = [];
  try {
    for (const cmd of recorded) {
      const before = sends().length;
      const res = await api(cmd.path, cmd.body);
      expect(res.status, `${cmd.path} ${JSON.stringify(cmd.body)}`).toBe(204);
      await until(() => sends().length >= before + cmd.sent.length, 10_000).catch(() => null);
      out.push(
        sends()
          .slice(before, before + cmd.sent.length)
          .map((l) => l.slice(6)),
      );
    }
  } finally {
    c.close();
  }
  return out;
}

describe('G-code per REST command, as a real OctoPrint 1.11.8 sends it', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ port: 0, tools: 1 });
  });
  afterAll(() => mock.close());

  it('the mock sends the recorded lines', async () => {
    expect(await sentFor(mock.url, mock.apiKey)).toEqual(recorded.map((c) => c.sent));
  }, 30_000);

  it.skipIf(!process.env.OCTOPRINT_TEST_URL)(
    'the real test server sends the same lines as the mock (OCTOPRINT_TEST_URL)',
    async () => {
      const key = process.env.OCTOPRINT_TEST_ADMIN_KEY ?? 'TESTSERVER-ADMIN-KEY-000000000000000';
      const real = await sentFor(process.env.OCTOPRINT_TEST_URL!.replace(/\/$/, ''), key);
      expect(real).toEqual(await sentFor(mock.url, mock.apiKey));
    },
    60_000,
  );
});
