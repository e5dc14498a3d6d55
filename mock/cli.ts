// `npm run mock -- --port N [--speed N] [--seed S] [--tools N] [--cutoff MIN] [--version V] [--plugin-hash H] [--config-hash H]
// [--scenario NAME[:JSON]] [--NAME [JSON]]`: runs the mock alone.
import { parseCli } from './cli-args.ts';
import { ALLOW_REMOTE_ENV } from './origin-guard.ts';
import { startMock } from './server.ts';

const { values, scenarios } = parseCli(process.argv.slice(2));

const mock = await startMock({
  port: Number(values.port),
  host: String(values.host),
  speed: Number(values.speed),
  seed: Number(values.seed),
  tools: Number(values.tools),
  cutoffMinutes: typeof values.cutoff === 'string' ? Number(values.cutoff) : undefined,
  version: typeof values.version === 'string' ? values.version : undefined,
  pluginHash: typeof values['plugin-hash'] === 'string' ? values['plugin-hash'] : undefined,
  configHash: typeof values['config-hash'] === 'string' ? values['config-hash'] : undefined,
  apiKey: String(values['api-key']),
  strict: values['strict-appkeys'] === true,
  allowCrossOrigin: values['no-cors'] !== true,
  allowRemoteControl: process.env[ALLOW_REMOTE_ENV] === '1',
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
