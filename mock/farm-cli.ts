// `npm run mock -- --printers N`: starts the farm from the command line's options and prints each printer's URL and key.
import type { parseCli } from './cli-args.ts';
import { startFarm, type Farm } from './farm.ts';
import { ALLOW_REMOTE_ENV } from './origin-guard.ts';

type Cli = ReturnType<typeof parseCli>;

export function startFarmFromCli(values: Cli['values'], scenarios: Cli['scenarios']): Promise<Farm> {
  const count = Number(values.printers);
  if (!Number.isInteger(count) || count < 1 || count > 200)
    throw new Error(`--printers wants a count from 1 to 200, not ${String(values.printers)}`);
  return startFarm({
    count,
    port: Number(values.port),
    host: String(values.host),
    speed: Number(values.speed),
    seed: Number(values.seed),
    tools: Number(values.tools),
    allowCrossOrigin: values['no-cors'] !== true,
    allowRemoteControl: process.env[ALLOW_REMOTE_ENV] === '1',
    scenarios,
  });
}

export function printFarm(farm: Farm): void {
  console.log(`Mock farm: ${farm.printers.length} OctoPrints`);
  for (const p of farm.printers) {
    const note = p.role === 'refused-key' ? ' (this key is refused)' : '';
    console.log(`  ${p.name.padEnd(12)} ${p.mock.url}  key ${p.apiKey}${note}  [${p.role}, ${p.color}]`);
  }
  console.log(
    "Each has /mock/truth and /mock/scenario; add them on the dashboard's connect screen, or import them on /printers.",
  );
}
