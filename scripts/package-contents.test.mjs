// @vitest-environment node
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, zip } from './zip.mjs';
import { compareWithFiles, unpack } from './package-contents.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ag-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'src', 'content'), { recursive: true });
writeFileSync(join(dir, 'manifest.json'), '{"manifest_version":3}');
writeFileSync(join(dir, 'src', 'content', 'facebook.js'), 'console.log("x");'.repeat(200));
writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));

/** The package zip.mjs makes of `dir`, with `change` applied to its file list first. */
function packageOf(change = (/** @type {{ name: string, data: Buffer }[]} */ files) => files) {
  const files = listFiles(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) }));
  return zip(change(files));
}
describe('a package compared with the files it was made from', () => {
  it('lists the files sorted, with / separators', () => {
    expect(listFiles(dir)).toEqual(['icon.png', 'manifest.json', 'src/content/facebook.js']);
  });
  it('unpacks (stored and deflated entries) to the same bytes', async () => {
    const entries = await unpack(packageOf());
    expect([...entries.keys()]).toEqual(['icon.png', 'manifest.json', 'src/content/facebook.js']);
    expect(entries.get('src/content/facebook.js')?.toString()).toBe('console.log("x");'.repeat(200));
    expect(await compareWithFiles(packageOf(), dir, listFiles(dir))).toEqual([]);
  });
  it('names a missing, a changed and an extra file', async () => {
    const archive = packageOf((files) => [
      ...files.filter((f) => f.name !== 'icon.png').map((f) => (f.name === 'manifest.json' ? { ...f, data: Buffer.from('{}') } : f)),
      { name: 'stray.js', data: Buffer.from('1') },
    ]);
    expect(await compareWithFiles(archive, dir, listFiles(dir))).toEqual(['missing: icon.png', 'differs: manifest.json', 'extra: stray.js']);
  });
});
