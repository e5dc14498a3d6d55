// Test support: a whole Services bundle on fresh stores, a recording fake REST client and recorded commands, so a
// component test renders any feature the way the app does (tests only).
import type { RestClient } from '../octoprint/rest-client.ts';
import type { StateFlags } from '../octoprint/types.ts';
import { createActivityStore } from '../store/activity-store.ts';
import { createControlServices, type ControlServices } from '../store/control-services.ts';
import { createDashboardStore, initialDashboardState, type DashboardState } from '../store/dashboard-store.ts';
import { createPerfStore } from '../store/perf-store.ts';
import { createPreferencesStore } from '../store/preferences-store.ts';
import { noFlags, type PrinterView } from '../store/printer-view.ts';
import { createServerSettingsStore } from '../store/server-settings.ts';
import type { Services } from '../store/services.tsx';
import { TemperatureSeries } from '../store/temperature-series.ts';

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

export interface TestServicesOptions {
  /** 'fresh': a page before any message (link idle, nobody signed in). 'ready' (default): linked, signed in with
   * `keys`, the printer operational with `flags` on top. */
  start?: 'fresh' | 'ready';
  keys?: string[];
  flags?: Partial<StateFlags>;
}

export interface TestKit {
  services: Services;
  controls: ControlServices;
  rest: FakeRest;
  /** Every terminal subscribe the controls asked for (true = log lines on). */
  subscriptions: boolean[];
  /** Every command the UI sent, by name. */
  calls: { name: string; args: unknown[] }[];
  /** Every throttle factor pinned from the HUD (null = auto). */
  pins: (number | null)[];
}

export function testServices(opts: TestServicesOptions = {}): TestKit {
  const rest = fakeRest();
  const subscriptions: boolean[] = [];
  const calls: TestKit['calls'] = [];
  const pins: TestKit['pins'] = [];
  const controls = createControlServices({ rest, apiKey: null, onTerminalOpen: (open) => subscriptions.push(open) });
  const services: Services = {
    dashboard: createDashboardStore(),
    series: new TemperatureSeries(256),
    activity: createActivityStore(),
    preferences: createPreferencesStore(null),
    serverSettings: createServerSettingsStore('http://octoprint.test', true),
    perf: { store: createPerfStore(), pin: (factor) => void pins.push(factor) },
    controls,
    commands: {
      retryNow: () => void calls.push({ name: 'retryNow', args: [] }),
      async answerPrompt(...args) {
        calls.push({ name: 'answerPrompt', args });
      },
    },
    recorder: null,
  };
  if (opts.start !== 'fresh') {
    controls.permissions.setState({ known: true, user: 'tester', keys: opts.keys ?? ALL_KEYS });
    services.dashboard.setState((s) => ({
      link: { ...s.link, state: 'ready' },
      printer: { ...s.printer, text: 'Operational', flags: { ...operationalFlags, ...opts.flags } },
    }));
  }
  return { services, controls, rest, subscriptions, calls, pins };
}

/** Sets the printer's flags (and any other printer field) as a pushed `current` would. */
export function setPrinter(services: Services, patch: Partial<PrinterView>): void {
  services.dashboard.setState((s) => ({ printer: { ...s.printer, ...patch } }));
}

/** Sets the link as the socket would: the initial link with `patch` on top, and any other dashboard fields. */
export function setLink(
  services: Services,
  patch: Partial<DashboardState['link']>,
  rest: Partial<Omit<DashboardState, 'link'>> = {},
): void {
  services.dashboard.setState({ link: { ...initialDashboardState.link, ...patch }, ...rest });
}
