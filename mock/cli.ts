// `npm run mock -- --port N [--speed N] [--seed S] [--tools N] [--cutoff MIN] [--version V] [--plugin-hash H] [--config-hash H]
// [--scenario NAME[:JSON]] [--NAME [JSON]] [--rtt MS] [--swallow-upgrades] [--stall-body RE] [--close-after-history MS]
// [--bandwidth-kbps N] [--loss RATE] [--replay FILE]`: runs the mock alone; with `--fault-proxy URL`, only the bad network
// in front of URL; with `--printers N`, a farm of N mocks on consecutive ports (mock/farm.ts).
import { parseCli } from './cli-args.ts';
import { printFarm, startFarmFromCli } from './farm-cli.ts';
import { startFaultProxy } from './net/fault-proxy.ts';
import { ALLOW_REMOTE_ENV } from './origin-guard.ts';
import { startMock } from './server.ts';

const { values, scenarios } = parseCli(process.argv.slice(2));

async function main(): Promise<() => Promise<void>> {
  if (typeof values['fault-proxy'] === 'string') {
    const proxy = await startFaultProxy(values['fault-proxy'], {
      port: Number(values.port),
      host: String(values.host),
      allowRemoteControl: process.env[ALLOW_REMOTE_ENV] === '1',
    });
    for (const { name, ...params } of scenarios) if (name === 'net') proxy.faults.set(params);
    console.log(`Fault proxy on ${proxy.url} -> ${values['fault-proxy']}: ${JSON.stringify(proxy.faults.config)}`);
    console.log(`Faults: GET ${proxy.url}/mock/net; change with POST ${proxy.url}/mock/net {"rttMs": 500, ...}`);
    return proxy.close;
  }
  if (typeof values.printers === 'string') {
    const farm = await startFarmFromCli(values, scenarios);
    printFarm(farm);
    return farm.close;
  }
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
    ...(typeof values.replay === 'string' ? { replay: values.replay } : {}),
  });
  console.log(`Mock OctoPrint ${mock.state.identity.version} listening on ${mock.url}`);
  if (typeof values.replay === 'string')
    console.log(`Replaying ${values.replay} to every client (speed ${mock.printer.clock.speed}x)`);
  console.log(`API key: ${mock.apiKey} (also ${mock.apiKey}-operator and ${mock.apiKey}-readonly)`);
  console.log(
    `Speed ${mock.printer.clock.speed}x; scenarios: POST ${mock.url}/mock/scenario {"name": ...}; truth: GET ${mock.url}/mock/truth`,
  );
  return mock.close;
}

const close = await main().catch((err: unknown) => {
  // A bad --replay file (or a port in use) is a message, not a stack trace.
  console.error(`Mock OctoPrint could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
const stop = () => {
  void close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
