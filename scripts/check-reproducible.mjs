// The store packages must be reproducible and hold exactly what was built: build twice into
// scratch folders, zip both (scripts/zip.mjs, as `npm run zip` does), and compare the bytes;
// then unpack each package of the first build with an independent reader and compare its
// files with that build's dist/<browser> (and the source package with the files git tracks).
// A difference names the package and the file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { listFiles, sourceFiles } from './zip.mjs';
import { compareWithFiles } from './package-contents.mjs';

const hash = (/** @type {Buffer} */ b) => createHash('sha256').update(b).digest('hex');
const dirs = [mkdtempSync(join(tmpdir(), 'ag-repro-a-')), mkdtempSync(join(tmpdir(), 'ag-repro-b-'))];
let ok = true;
try {
  const results = dirs.map((dir) => {
    for (const mode of ['chrome', 'firefox']) {
      execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'error'], { env: { ...process.env, AG_OUT_DIR: join(dir, 'dist') }, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync('node', ['scripts/zip.mjs', '--dist', join(dir, 'dist'), '--out', join(dir, 'packages')], { stdio: 'ignore' });
    const out = join(dir, 'packages');
    return Object.fromEntries(readdirSync(out).map((f) => [f, hash(readFileSync(join(out, f)))]));
  });
  const [a, b] = /** @type {[Record<string, string>, Record<string, string>]} */ (results);
  const sources = sourceFiles(process.cwd());
  const expected = sources === null ? 2 : 3;
  if (Object.keys(a).length !== expected) {
    console.error(`expected ${expected} packages, found ${Object.keys(a).join(', ')}`);
    ok = false;
  }
  for (const name of Object.keys(a)) {
    console.log(`${name}: ${a[name]?.slice(0, 16)} / ${b[name]?.slice(0, 16)}`);
    if (a[name] !== b[name]) ok = false;
  }
  if (!ok) console.error('packages differ between two builds of the same tree');
  else console.log('reproducible: two builds gave byte-identical packages');

  // What each package holds, file by file.
  const [first] = /** @type {[string]} */ (dirs);
  for (const name of Object.keys(a)) {
    const archive = readFileSync(join(first, 'packages', name));
    const browser = /^audience-guard-(chrome|firefox)-/.exec(name)?.[1];
    const dir = browser ? join(first, 'dist', browser) : process.cwd();
    const names = browser ? listFiles(dir) : (sources ?? []);
    const problems = await compareWithFiles(archive, dir, names);
    if (problems.length) {
      ok = false;
      console.error(`${name} does not hold what it was made from:\n  ${problems.join('\n  ')}`);
    } else console.log(`${name}: unpacked, its ${names.length} files equal to ${browser ? `dist/${browser}` : 'the tracked source files'}`);
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
