// Makes the two store packages from dist/: packages/audience-guard-<browser>-<version>.zip,
// and the source package AMO asks for with minified code (vite.config.ts says why the build
// is minified): packages/audience-guard-source-<version>.zip, the files git tracks, as they
// are in the working tree (the tree that was built).
// Reproducible: the same tree gives the same bytes. Entries are sorted, every timestamp is
// fixed (1980-01-01, the ZIP epoch), permissions are not stored, and deflate runs at a fixed
// level. scripts/check-reproducible.mjs builds twice, compares the bytes, and unpacks every
// package to compare its files with what it was made from (scripts/package-contents.mjs).
// Usage: node scripts/zip.mjs [--dist dist] [--out packages]
import { execFileSync } from 'node:child_process';
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const DOS_TIME = 0;

/** Every file under `dir`, as sorted '/'-separated relative paths. @param {string} dir @returns {string[]} */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ p) => {
    for (const name of readdirSync(p).sort()) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out.map((f) => relative(dir, f).split(sep).join('/')).sort();
}

/**
 * The source package's files: what git tracks in `root` (read from the working tree), sorted.
 * Null outside a git checkout. @param {string} root @returns {string[] | null}
 */
export function sourceFiles(root) {
  let out;
  try {
    out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  // A file deleted in the working tree but not yet in git's index is not part of the tree.
  return out.split('\0').filter((name) => name && existsSync(join(root, name))).sort();
}

/** Builds a ZIP archive (Buffer) of `files`: [{ name, data }], in the given order. @param {{ name: string, data: Buffer }[]} files */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const useDeflate = compressed.length < data.length;
    const body = useDeflate ? compressed : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dist = arg('--dist', 'dist');
  const out = arg('--out', 'packages');
  mkdirSync(out, { recursive: true });
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(dist, browser);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const files = listFiles(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) }));
    const target = join(out, `audience-guard-${browser}-${manifest.version}.zip`);
    writeFileSync(target, zip(files));
    console.log(`${target}: ${files.length} files`);
  }
  const names = sourceFiles(process.cwd());
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (names === null) console.log('no source package: not a git checkout');
  else {
    const target = join(out, `audience-guard-source-${version}.zip`);
    writeFileSync(target, zip(names.map((name) => ({ name, data: readFileSync(name) }))));
    console.log(`${target}: ${names.length} files (the source for store review: npm ci && npm run build)`);
  }
}
