// Test support: dashboard services with control stores and a recording fake REST client (tests only).
import type { RestClient } from '../octoprint/rest-client.ts';
import type { StateFlags } from '../octoprint/types.ts';
import { createControlServices, type ControlServices } from './control-services.ts';
import { noFlags } from './printer-control-store.ts';
import type { Services } from './services.tsx';
import { createTestServices } from './test-services.ts';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeRest extends RestClient {
  sent: SentRequest[];
  /** The next answers, in order: a value resolves, an Error rejects, a Promise is awaited. Default: null. */
  answers: unknown[];
}

export function fakeRest(): FakeRest {
  const sent: SentRequest[] = [];
  const answers: unknown[] = [];
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    sent.push({ method, path, body });
    const a = answers.length ? answers.shift() : null;
    const v = await a;
    if (v instanceof Error) throw v;
    return v as T;
  };
  return {
    baseUrl: '',
    sent,
    answers,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    passiveLogin: () => Promise.reject(new Error('not in tests')),
  };
}

export const ALL_KEYS = [
  'CONTROL',
  'CONNECTION',
  'PRINT',
  'FILES_LIST',
  'FILES_UPLOAD',
  'FILES_DELETE',
  'FILES_SELECT',
  'MONITOR_TERMINAL',
  'SETTINGS_READ',
];

export const operationalFlags: StateFlags = {
  ...noFlags,
  operational: true,
  ready: true,
  closedOrError: false,
  sdReady: true,
};

export function testServices(opts: { keys?: string[]; flags?: Partial<StateFlags> } = {}): {
  services: Services;
  controls: ControlServices;
  rest: FakeRest;
  subscriptions: boolean[];
} {
  const rest = fakeRest();
  const subscriptions: boolean[] = [];
  const controls = createControlServices({ rest, apiKey: null, onTerminalOpen: (open) => subscriptions.push(open) });
  controls.permissions.setState({ known: true, user: 'tester', keys: opts.keys ?? ALL_KEYS });
  controls.printer.setState({ flags: { ...operationalFlags, ...opts.flags } });
  const services: Services = { ...createTestServices(), controls };
  services.store.setState((s) => ({ link: { ...s.link, state: 'ready' } }));
  return { services, controls, rest, subscriptions };
}
