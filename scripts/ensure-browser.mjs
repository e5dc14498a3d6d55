// Makes sure a Chromium exists for Playwright: its own, else a system one, else installs one, and says which.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.mjs';

function run(cmd, args, timeoutMs) {
  console.log(`ensure-browser: running ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function describe(found) {
  return found === null ? "Playwright's own Chromium" : `system Chromium at ${found}`;
}

let found = findChromium();
if (found !== undefined) {
  console.log(`ensure-browser: using ${describe(found)}`);
  process.exit(0);
}

console.log('ensure-browser: no Chromium found; trying to install one');
if (run('npx', ['playwright', 'install', 'chromium'], 120_000)) found = findChromium();

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (found === undefined && isRoot && spawnSync('which', ['apt-get']).status === 0) {
  run('apt-get', ['update', '-qq'], 300_000);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000);
  found = findChromium();
}

if (found === undefined) {
  console.error(
    'ensure-browser: no Chromium could be found or installed. Install one (Debian: `sudo apt-get install chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`ensure-browser: installed and using ${describe(found)}`);
