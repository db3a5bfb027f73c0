// `npm run lint`: the ESLint of this workspace (eslint-rules/node_modules), run from the
// project root with the root's eslint.config.js. The root's own node_modules/.bin/eslint may
// be another ESLint (web-ext's), so the version is chosen here, not by PATH.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
