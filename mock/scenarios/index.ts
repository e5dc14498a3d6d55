// Fault and workload scenarios the tests and benchmarks trigger through POST /mock/scenario or CLI flags.
import type { MockServer } from '../server.ts';
import { accessScenario } from './access-scenarios.ts';
import type { Params } from './params.ts';
import { printerScenario } from './printer-scenarios.ts';
import { socketFault } from './socket-faults.ts';

export const SCENARIOS = [
  'drop',
  'restart',
  'blackhole',
  'flood',
  'malformed',
  'huge',
  'unknown-types',
  'slow-rest',
  'reauth',
  'printer-error',
  'connect',
  'print',
  'reset',
  'target',
  'notify',
  'prompt',
  'slice',
  'cors',
  'revoke-key',
  'appkey-decision',
  'webcam',
  'net',
  'clock-step',
  'speed',
  'timelapse',
  'timelapse-render',
] as const;

const ACCESS = new Set(['cors', 'revoke-key', 'appkey-decision', 'webcam']);

const SOCKET = new Set(['drop', 'restart', 'blackhole', 'flood', 'malformed', 'huge', 'unknown-types', 'reauth']);

/** Runs a scenario by name; throws (-> 400) for unknown names and bad parameters. */
export function runScenario(mock: MockServer, name: string, params: Params): unknown {
  if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`unknown scenario ${name}`);
  if (ACCESS.has(name)) return accessScenario(mock, name, params);
  // `net`: the bad-network layer (mock/net); the keys given change, the rest stay. `reset` clears it too.
  if (name === 'net') return { config: mock.net.set(params), stats: mock.net.stats };
  if (name === 'reset') mock.net.reset();
  return SOCKET.has(name) ? socketFault(mock, name, params) : printerScenario(mock, name, params);
}
