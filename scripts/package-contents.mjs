// Unpacks a package with yauzl (an independent ZIP reader, not our writer's mirror) and
// compares its entries with the files they were made from: the same names, and for each the
// same bytes. Used by scripts/check-reproducible.mjs on freshly made packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';

/**
 * Every entry of a ZIP archive: name and uncompressed bytes (checked against the stored
 * CRC-32 and size by yauzl while reading).
 * @param {Buffer} archive @returns {Promise<Map<string, Buffer>>}
 */
export function unpack(archive) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(archive, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a ZIP archive'));
      /** @type {Map<string, Buffer>} */
      const entries = new Map();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (/** @type {import('yauzl').Entry} */ entry) => {
        if (entries.has(entry.fileName)) return reject(new Error(`${entry.fileName}: twice in the archive`));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`${entry.fileName}: cannot read`));
          /** @type {Buffer[]} */
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The differences between an archive and the files `names` under `dir`: missing, extra and
 * changed entries, one line each (empty when they match).
 * @param {Buffer} archive @param {string} dir @param {string[]} names @returns {Promise<string[]>}
 */
export async function compareWithFiles(archive, dir, names) {
  const entries = await unpack(archive);
  const problems = [];
  for (const name of names) {
    const packed = entries.get(name);
    if (!packed) problems.push(`missing: ${name}`);
    else if (!packed.equals(readFileSync(join(dir, name)))) problems.push(`differs: ${name}`);
  }
  const expected = new Set(names);
  for (const name of entries.keys()) if (!expected.has(name)) problems.push(`extra: ${name}`);
  return problems;
}
