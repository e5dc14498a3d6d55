// The mock's command line: options, and scenarios named by `--scenario NAME[:JSON]` or by their own flag.
import { parseArgs } from 'node:util';
import { NET_FLAGS, netParamsFromFlags } from './net/net-cli.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { DEFAULT_API_KEY, type MockOptions } from './server.ts';

type Scenario = MockOptions['scenarios'][number];

/** `print` or `print:{"seconds":60}` -> a scenario entry. */
function parseScenario(spec: string): Scenario {
  const i = spec.indexOf(':');
  const name = i < 0 ? spec : spec.slice(0, i);
  const params = i < 0 ? {} : (JSON.parse(spec.slice(i + 1)) as Record<string, unknown>);
  return { ...params, name };
}

const OPTIONS = {
  port: { type: 'string', default: '5001' },
  host: { type: 'string', default: '127.0.0.1' },
  speed: { type: 'string', default: '1' },
  seed: { type: 'string', default: '1' },
  tools: { type: 'string', default: '1' },
  cutoff: { type: 'string' },
  version: { type: 'string' },
  'plugin-hash': { type: 'string' },
  'config-hash': { type: 'string' },
  'api-key': { type: 'string', default: DEFAULT_API_KEY },
  scenario: { type: 'string', multiple: true },
  // Serves a recording (Download recording on the page) to every client instead of the virtual printer.
  replay: { type: 'string' },
  // Strict: app-key requests wait for a decision (POST /mock/scenario {"name":"appkey-decision","allow":true}).
  'strict-appkeys': { type: 'boolean', default: false },
  'no-cors': { type: 'boolean', default: false },
  printers: { type: 'string' },
  ...NET_FLAGS,
} as const;

// A scenario is a flag of its own unless an option has its name (`--speed 30` is the clock's start speed; the
// `speed` scenario changes it at run time through POST /mock/scenario).
const SCENARIO_FLAGS = SCENARIOS.filter((name) => !Object.hasOwn(OPTIONS, name));

const isScenarioFlag = (arg: string) =>
  /^--[a-z-]+$/.test(arg) && (SCENARIO_FLAGS as readonly string[]).includes(arg.slice(2));

export function parseCli(args: readonly string[]) {
  // A scenario flag may take its parameters as the next argument (`--flood '{"hz":20}'`): the two are joined first,
  // since parseArgs (not strict, so that every scenario name is a flag) would read the flag as a bare boolean.
  const argv: string[] = [];
  for (const arg of args) {
    const prev = argv[argv.length - 1];
    if (prev !== undefined && isScenarioFlag(prev) && arg.trim().startsWith('{'))
      argv[argv.length - 1] = `${prev}=${arg}`;
    else argv.push(arg);
  }
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: OPTIONS,
  });
  const scenarios = ((values.scenario as string[] | undefined) ?? []).map(parseScenario);
  // Every scenario name is also a flag: `--print` or `--flood '{"hz":20}'`.
  for (const name of SCENARIO_FLAGS) {
    const v = values[name];
    if (v === undefined) continue;
    scenarios.push(parseScenario(typeof v === 'string' ? `${name}:${v}` : name));
  }
  const net = netParamsFromFlags(values);
  if (net) scenarios.push({ ...net, name: 'net' });
  return { values, scenarios };
}
