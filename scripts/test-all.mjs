// `npm test`: typecheck, lint, format, dead code (knip), unit tests, then the Playwright suite; ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
/** Names of the failed tests, printed in the summary so a log's tail says what failed. */
const failures = [];

function run(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  return r.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A step that is one check (typecheck, lint, build): 1 passed or 1 failed. */
function single(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

mkdirSync('test-results', { recursive: true });

single('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
single('lint', run('lint', 'npx', ['eslint', '.']));
// One formatting (Prettier, .prettierrc.json): `npm run format` fixes what this reports.
single('format', run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']));
// Unused files, exports, types and dependencies (knip.json says where the entry points are): zero findings.
single('dead code', run('dead code', 'npx', ['knip']));

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('unit', 'npx', [
  'vitest',
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  // A suite that fails to load counts as a failure even though it has no test results.
  const failedSuites = vitest.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  for (const f of vitest.testResults) {
    const file = f.name.replace(process.cwd() + '/', '');
    if (f.status === 'failed' && f.assertionResults.length === 0)
      failures.push(`unit  ${file}: ${(f.message ?? '').split('\n')[0]}`);
    for (const t of f.assertionResults)
      if (t.status === 'failed') failures.push(`unit  ${file} > ${t.fullName ?? t.title}`);
  }
  results.push({
    name: 'unit',
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests + failedSuites + (unitOk || vitest.numFailedTests + failedSuites ? 0 : 1),
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  });
} else single('unit', false);

const browserOk = run('browser', 'node', ['scripts/ensure-browser.mjs']);
const buildOk = browserOk && run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (!browserOk) single('browser', false);
else if (!buildOk) single('build', false);
else {
  rmSync('test-results/playwright.json', { force: true });
  const e2eOk = run('e2e', 'npx', ['playwright', 'test']);
  const pw = existsSync('test-results/playwright.json') ? readJson('test-results/playwright.json') : null;
  if (pw) {
    const s = pw.stats;
    const failed = s.unexpected + (pw.errors?.length ?? 0);
    const walk = (suite, file) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? [])
          if (t.status === 'unexpected') failures.push(`e2e   [${t.projectName}] ${spec.file ?? file} > ${spec.title}`);
      }
      for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
    };
    for (const suite of pw.suites ?? []) walk(suite, suite.file);
    for (const e of pw.errors ?? []) failures.push(`e2e   ${(e.message ?? '').split('\n')[0]}`);
    results.push({ name: 'e2e', passed: s.expected + s.flaky, failed: failed || (e2eOk ? 0 : 1), skipped: s.skipped });
  } else single('e2e', false);
}

console.log('\n=== summary');
for (const f of failures) console.log(`FAILED ${f}`);
for (const r of results)
  console.log(
    `${r.name.padEnd(11)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
// Skipped is never passed: say plainly whether the real-server specs ran.
const skipped = results.reduce((a, r) => a + (r.skipped ?? 0), 0);
if (process.env.OCTOPRINT_TEST_URL)
  console.log(
    `real OctoPrint: the real-server specs ran against ${process.env.OCTOPRINT_TEST_URL}; ${skipped} skipped`,
  );
else
  console.log(
    `real OctoPrint: OCTOPRINT_TEST_URL is not set, so the real-server specs were SKIPPED (${skipped} skipped, not counted as passed; README: "Tests against a real OctoPrint")`,
  );
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
