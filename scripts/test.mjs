// `npm test`: every check, in the order that fails fastest. Each step's own output is shown;
// the last line is the plain summary CI reads: "test: N passed, N failed".
//   typecheck -> lint -> unit tests -> build -> reproducible packages -> web-ext lint -> e2e
// Usage: node scripts/test.mjs [--skip e2e,bench]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const skip = new Set((process.argv.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'node', ['scripts/lint.mjs', 'src', 'scripts', 'e2e', 'bench']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['reproducible', 'node', ['scripts/check-reproducible.mjs']],
  ['web-ext-lint', 'node', ['scripts/web-ext-lint.mjs']],
  ['e2e', 'npx', ['playwright', 'test']],
  ['bench', 'node', ['bench/run.mjs', '--check', '--machine-independent']],
];

let passed = 0;
let failed = 0;
const failures = [];
const counts = [];
for (const [name, cmd, args] of steps) {
  if (skip.has(name)) continue;
  if (name === 'bench' && !existsSync('bench/run.mjs')) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '' } });
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
  if (name === 'unit') {
    try {
      const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
      counts.push(`unit ${report.numPassedTests}/${report.numTotalTests}`);
    } catch {
      // the JSON report is informational only
    }
  }
}
function existsSync(p) {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
}
if (counts.length) console.log(`\n${counts.join(', ')}`);
if (failures.length) console.log(`failed steps: ${failures.join(', ')}`);
console.log(`test: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
