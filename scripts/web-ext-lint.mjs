// Runs Mozilla's addons-linter (web-ext lint) on the Firefox build and fails on any error,
// and on any warning not explained in the allow-list below.
import { spawnSync } from 'node:child_process';

// Warnings we cannot remove, each with the reason (also in README.md).
/** @type {Map<string, string>} */
const EXPLAINED = new Map([]);

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
/** @typedef {{ _type: string, code: string, file?: string, message: string }} LintMessage */
/** @type {{ errors: LintMessage[], warnings: LintMessage[], notices: LintMessage[] }} */
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('web-ext lint produced no report');
  process.exit(1);
}
const { errors, warnings, notices } = report;
for (const m of [...errors, ...warnings, ...notices]) {
  console.log(`${m._type}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
const unexplained = warnings.filter((w) => !EXPLAINED.has(w.code));
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${unexplained.length} unexplained), ${notices.length} notices`);
process.exit(errors.length === 0 && unexplained.length === 0 ? 0 : 1);
