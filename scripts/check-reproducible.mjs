// The store packages must be reproducible: build twice into scratch folders, zip both, and
// compare the bytes. A difference names the first file whose contents differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const hash = (/** @type {Buffer} */ b) => createHash('sha256').update(b).digest('hex');
const dirs = [mkdtempSync(join(tmpdir(), 'ag-repro-a-')), mkdtempSync(join(tmpdir(), 'ag-repro-b-'))];
try {
  const results = dirs.map((dir) => {
    for (const mode of ['chrome', 'firefox']) {
      execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'error'], { env: { ...process.env, AG_OUT_DIR: join(dir, 'dist') }, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync('node', ['scripts/zip.mjs', '--dist', join(dir, 'dist'), '--out', join(dir, 'packages')], { stdio: 'ignore' });
    const out = join(dir, 'packages');
    return Object.fromEntries(readdirSync(out).map((f) => [f, hash(readFileSync(join(out, f)))]));
  });
  const [a, b] = results;
  let same = Object.keys(a).length === 2;
  for (const name of Object.keys(a)) {
    console.log(`${name}: ${a[name].slice(0, 16)} / ${b[name]?.slice(0, 16)}`);
    if (a[name] !== b[name]) same = false;
  }
  if (!same) {
    console.error('packages differ between two builds of the same tree');
    process.exit(1);
  }
  console.log('reproducible: two builds gave byte-identical packages');
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
