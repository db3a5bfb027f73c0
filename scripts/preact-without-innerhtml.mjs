// Preact supports `dangerouslySetInnerHTML` with one `el.innerHTML = html.__html`
// assignment. Audience Guard never uses that prop (the lint forbids it: eslint-rules/no-unsafe-markup.js), so the
// build uses a copy of Preact in which that assignment throws instead: the shipped code
// then holds no innerHTML write at all, and Mozilla's linter has nothing to warn about.
// It is a resolve alias, not a transform plugin, because crxjs builds the standalone
// content script with the parent config's `resolve` but without its plugins.
// If Preact's output changes shape, the build fails here rather than ship the write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ASSIGNMENT = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

/** Writes the patched copy under node_modules/.cache and returns its path. @param {string} root */
export function preactWithoutInnerHTML(root) {
  const require = createRequire(join(root, 'package.json'));
  const source = join(dirname(require.resolve('preact/package.json')), 'dist', 'preact.mjs');
  const code = readFileSync(source, 'utf8');
  const found = code.match(ASSIGNMENT) ?? [];
  if (found.length !== 1) throw new Error(`expected exactly one innerHTML assignment in Preact, found ${found.length}`);
  const patched = code.replace(ASSIGNMENT, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Audience Guard")})()');
  const target = join(root, 'node_modules', '.cache', 'audience-guard', 'preact.mjs');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, patched);
  return target;
}
