// `npm run mock -- --port N [--speed N] [--seed S] [--scenario NAME[:JSON]] [--NAME [JSON]]`: runs the mock alone.
import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios/index.ts';
import { DEFAULT_API_KEY, startMock, type MockOptions } from './server.ts';

const { values } = parseArgs({
  strict: false,
  options: {
    port: { type: 'string', default: '5001' },
    host: { type: 'string', default: '127.0.0.1' },
    speed: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    tools: { type: 'string', default: '1' },
    version: { type: 'string' },
    'api-key': { type: 'string', default: DEFAULT_API_KEY },
    scenario: { type: 'string', multiple: true },
    // Strict: app-key requests wait for a decision (POST /mock/scenario {"name":"appkey-decision","allow":true}).
    'strict-appkeys': { type: 'boolean', default: false },
    'no-cors': { type: 'boolean', default: false },
  },
});

/** `print` or `print:{"seconds":60}` -> a scenario entry. */
function parseScenario(spec: string): MockOptions['scenarios'][number] {
  const i = spec.indexOf(':');
  const name = i < 0 ? spec : spec.slice(0, i);
  const params = i < 0 ? {} : (JSON.parse(spec.slice(i + 1)) as Record<string, unknown>);
  return { ...params, name };
}

const scenarios = ((values.scenario as string[] | undefined) ?? []).map(parseScenario);
// Every scenario name is also a flag: `--print` or `--flood '{"hz":20}'`.
for (const name of SCENARIOS) {
  const v = values[name];
  if (v === undefined) continue;
  scenarios.push(parseScenario(typeof v === 'string' ? `${name}:${v}` : name));
}

const mock = await startMock({
  port: Number(values.port),
  host: String(values.host),
  speed: Number(values.speed),
  seed: Number(values.seed),
  tools: Number(values.tools),
  version: typeof values.version === 'string' ? values.version : undefined,
  apiKey: String(values['api-key']),
  strict: values['strict-appkeys'] === true,
  allowCrossOrigin: values['no-cors'] !== true,
  scenarios,
});
console.log(`Mock OctoPrint ${mock.state.identity.version} listening on ${mock.url}`);
console.log(`API key: ${mock.apiKey} (also ${mock.apiKey}-operator and ${mock.apiKey}-readonly)`);
console.log(`Speed ${mock.printer.clock.speed}x; scenarios: POST ${mock.url}/mock/scenario {"name": ...}; truth: GET ${mock.url}/mock/truth`);
const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
