// `npm test`: every check, in the order that fails fastest. Each step's own output is shown;
// the last line is the plain summary CI reads: "test: N passed, N failed".
//   typecheck -> lint -> unit tests -> build -> content-script size -> reproducible packages
//   -> web-ext lint -> e2e (Chromium) -> e2e-firefox (Firefox ESR) -> bench budgets that do
//   not depend on machine speed (frames late, leaks; the full benchmark with timings is
//   `npm run bench`, see README).
// Usage: node scripts/test.mjs [--skip=e2e,reproducible] [--only=e2e-firefox]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const only = new Set((process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? '').split(',').filter(Boolean));
const skip = new Set((process.argv.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
/** @type {[string, string, string[]][]} */
const steps = [
  ['typecheck', 'npm', ['run', 'typecheck', '--silent']],
  ['lint', 'node', ['eslint-rules/lint.mjs', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['size', 'node', ['scripts/check-size.mjs']],
  ['reproducible', 'node', ['scripts/check-reproducible.mjs']],
  ['web-ext-lint', 'node', ['scripts/web-ext-lint.mjs']],
  ['e2e', 'npx', ['playwright', 'test', '--project=chromium', '--reporter=list,json']],
  ['e2e-firefox', 'npx', ['playwright', 'test', '--project=firefox', '--reporter=list,json']],
  ['bench', 'node', ['bench/run.mjs', '--check', '--machine-independent']],
];

let passed = 0;
let failed = 0;
const failures = [];
// Reports of an earlier run must not be counted as this run's.
const reportOf = (/** @type {string} */ name) => `test-results/${name}.json`;
for (const report of ['unit', 'e2e', 'e2e-firefox'].map(reportOf)) rmSync(report, { force: true });
const counts = [];
const tests = { passed: 0, failed: 0 };
for (const [name, cmd, args] of steps) {
  if (skip.has(name) || (only.size > 0 && !only.has(name))) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: reportOf(name) } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed += 1;
    console.log(`=== ${name}: ok (${seconds}s)`);
  } else {
    failed += 1;
    failures.push(name);
    console.log(`=== ${name}: FAILED (${seconds}s)`);
    if (name === 'typecheck' || name === 'build') break; // nothing after these can mean anything
  }
  try {
    if (name === 'unit') {
      const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
      tests.passed += report.numPassedTests;
      tests.failed += report.numFailedTests;
      counts.push(`unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    }
    if (name === 'e2e' || name === 'e2e-firefox') {
      const { stats } = JSON.parse(readFileSync(reportOf(name), 'utf8'));
      tests.passed += stats.expected + stats.flaky;
      tests.failed += stats.unexpected;
      counts.push(`${name}: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
    }
  } catch {
    // A step that failed before writing its report is already counted as a failed step.
  }
}
for (const line of counts) console.log(line);
console.log(`steps: ${passed} passed, ${failed} failed${failures.length ? ` (${failures.join(', ')})` : ''}`);
// The closing line: every unit and e2e test, plus each failed step (typecheck, lint, ...).
console.log(`test: ${tests.passed} passed, ${tests.failed + failed} failed`);
process.exit(failed ? 1 : 0);
