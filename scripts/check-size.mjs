// The content scripts' size budget (12 KB after gzip -9 each), checked on every test run:
// it is the one benchmark figure that needs no browser. `npm run bench` measures the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 12 * 1024;
const dist = join(process.env.AG_OUT_DIR ?? 'dist', 'chrome');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
let ok = true;
for (const entry of manifest.content_scripts ?? []) {
  for (const file of entry.js ?? []) {
    const bytes = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    const pass = bytes <= BUDGET;
    ok &&= pass;
    console.log(`${file}: ${bytes} B gzip (budget ${BUDGET}) ${pass ? 'ok' : 'OVER BUDGET'}`);
  }
}
process.exit(ok ? 0 : 1);
