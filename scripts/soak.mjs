// `npm run soak`: the reliability and security specs at the full sizes (20 restarts, 1,000 fuzzed frames,
// 10 minutes hidden, 24 printer-hours, the real 35 s watchdog), then the README's "Reliability" table from the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFigures, renderTable, replaceSection } from './reliability-table.mjs';

const FIGURES = 'soak-results/figures';
const env = { ...process.env, RELIABILITY_SOAK: '1', RELIABILITY_FIGURES_DIR: FIGURES };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;

rmSync(FIGURES, { recursive: true, force: true });
const ok =
  run('node', ['scripts/ensure-browser.mjs']) &&
  run('npx', ['vite', 'build', '--logLevel', 'warn']) &&
  run('npx', [
    'playwright',
    'test',
    'e2e/reliability-',
    'e2e/security-',
    '--workers=2',
    '--retries=0',
    '--reporter=list',
    '--output=soak-results/output',
  ]);

const figures = readFigures(FIGURES);
const soaked = Object.fromEntries(Object.entries(figures).filter(([, v]) => v.soak));
if (Object.keys(soaked).length > 0) {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  writeFileSync(
    'README.md',
    replaceSection(readFileSync('README.md', 'utf8'), renderTable(soaked, when + (ok ? '' : ', with failures'))),
  );
  console.log(`README.md: Reliability table updated from ${Object.keys(soaked).length} soak results.`);
}
process.exit(ok ? 0 : 1);
