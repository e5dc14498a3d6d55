// The OctoPrint a real-server spec runs against: the real 1.11.8 test server (OCTOPRINT_TEST_URL) or the strict mock.
import { execFileSync } from 'node:child_process';
import { startMock, type MockServer } from '../../../mock/server.ts';
import { ServerApi } from './server-api.ts';

export type ServerKind = 'real' | 'mock';

export interface TestServer {
  kind: ServerKind;
  /** OctoPrint's base URL as a browser or client reaches it directly. */
  url: string;
  keys: { admin: string; operator: string; viewer: string };
  /** REST calls as the admin (API key): the ground truth the specs compare the page with. */
  admin: ServerApi;
  /** Stops the server and starts it again (a new process on the real server); resolves when it answers again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Why the real-server specs are skipped, or null when OCTOPRINT_TEST_URL is set. */
export const realSkipReason = process.env.OCTOPRINT_TEST_URL
  ? null
  : 'real-server spec: OCTOPRINT_TEST_URL is not set (see README, "Tests against a real OctoPrint")';

/** The test server's credentials: the keys its setup script creates, unless the environment says otherwise. */
function realKeys(): TestServer['keys'] {
  const env = process.env;
  return {
    admin: env.OCTOPRINT_TEST_ADMIN_KEY ?? 'TESTSERVER-ADMIN-KEY-000000000000000',
    operator: env.OCTOPRINT_TEST_OPERATOR_KEY ?? 'TESTSERVER-OPERATOR-KEY-000000000000',
    viewer: env.OCTOPRINT_TEST_VIEWER_KEY ?? 'TESTSERVER-VIEWER-KEY-00000000000000',
  };
}

/** The real OctoPrint test server; restart runs its stop.sh and start.sh from OCTOPRINT_TEST_HOME. */
export function realServer(): TestServer {
  const url = (process.env.OCTOPRINT_TEST_URL ?? '').replace(/\/$/, '');
  if (!url) throw new Error(realSkipReason ?? 'OCTOPRINT_TEST_URL missing');
  const keys = realKeys();
  const admin = new ServerApi(url, keys.admin);
  return {
    kind: 'real',
    url,
    keys,
    admin,
    async restart() {
      const home = process.env.OCTOPRINT_TEST_HOME;
      if (!home) throw new Error('OCTOPRINT_TEST_HOME is not set: the spec cannot restart the real server');
      execFileSync('bash', [`${home}/stop.sh`], { stdio: 'pipe', timeout: 60_000 });
      execFileSync('bash', [`${home}/start.sh`], { stdio: 'pipe', timeout: 150_000 });
    },
    close: async () => {},
  };
}

/** A strict mock on its own port, with the same three users (its own keys). */
export async function mockTestServer(): Promise<TestServer> {
  const mock: MockServer = await startMock({ port: 0, host: '127.0.0.1', strict: true, appkeyDelayMs: 0 });
  const key = (name: string) => mock.state.user(name)?.apikey ?? '';
  const keys = { admin: mock.apiKey, operator: key('operator'), viewer: key('viewer') };
  const admin = new ServerApi(mock.url, keys.admin);
  return {
    kind: 'mock',
    url: mock.url,
    keys,
    admin,
    async restart() {
      mock.scenario('restart', { downMs: 1000 });
      await admin.waitUntilAnswering();
    },
    close: () => mock.close(),
  };
}

/** Stands in for the real server when OCTOPRINT_TEST_URL is not set: its tests are skipped before they use it. */
export function unavailableServer(): TestServer {
  const fail = async () => {
    throw new Error(realSkipReason ?? 'no real server');
  };
  return {
    kind: 'real',
    url: '',
    keys: realKeys(),
    admin: new ServerApi('', ''),
    restart: fail,
    close: async () => {},
  };
}

export function serverOf(kind: ServerKind): Promise<TestServer> {
  return kind === 'real' ? Promise.resolve(realServer()) : mockTestServer();
}
