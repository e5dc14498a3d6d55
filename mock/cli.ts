// `npm run mock -- --port N [--speed N] [--seed S] [--api-key K]`: runs the mock OctoPrint alone and prints how to use it.
import { parseArgs } from 'node:util';
import { DEFAULT_API_KEY, startMock } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5001' },
    host: { type: 'string', default: '127.0.0.1' },
    speed: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    tools: { type: 'string', default: '1' },
    'api-key': { type: 'string', default: DEFAULT_API_KEY },
  },
});

const mock = await startMock({
  port: Number(values.port),
  host: values.host,
  speed: Number(values.speed),
  seed: Number(values.seed),
  tools: Number(values.tools),
  apiKey: values['api-key'],
});
console.log(`Mock OctoPrint ${mock.state.identity.version} listening on ${mock.url}`);
console.log(`API key: ${mock.apiKey}`);
const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
