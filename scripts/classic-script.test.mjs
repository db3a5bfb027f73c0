import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classicScript } from './classic-script.mjs';

const dir = mkdtempSync(join(tmpdir(), 'classic-script-'));

/** @param {string} source */
async function build(source) {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const plugin = classicScript({ source: file, page: 'src/popup/index.html', output: 'src/popup/first.js', run: 'globalThis.started = start(2);' });
  /** @type {{ type: string, fileName: string, source: string }[]} */
  const emitted = [];
  const context = {
    emitFile: (/** @type {{ type: string, fileName: string, source: string }} */ asset) => emitted.push(asset),
    error: (/** @type {string} */ message) => {
      throw new Error(message);
    },
  };
  // The hooks are plain functions in this plugin (not Vite's { handler } objects).
  await /** @type {Function} */ (plugin.generateBundle).call(context);
  return { plugin, emitted };
}

describe('classicScript', () => {
  it('emits the module as a classic script that runs `run`, types and exports gone', async () => {
    const { emitted } = await build(
      "import type { Browser } from 'webextension-polyfill';\nexport interface Twice { value: number }\nexport function start(n: number): Twice { return { value: n * 2 }; }\nexport const unused = 1;\n",
    );
    expect(emitted).toHaveLength(1);
    expect(emitted[0].fileName).toBe('src/popup/first.js');
    // vm.Script compiles a classic script: an import or export left in it is a syntax error.
    const sandbox = createContext({});
    new Script(emitted[0].source).runInContext(sandbox);
    expect(sandbox.started).toEqual({ value: 4 });
    expect(sandbox.start).toBeUndefined(); // wrapped: nothing leaks into the page's globals
  });

  it('refuses a module that imports at run time', async () => {
    await expect(build("import { x } from './x';\nexport function start() { return x; }\n")).rejects.toThrow(/cannot import or export/);
  });

  it('puts the script first in its own page\'s head only', async () => {
    const { plugin } = await build('export function start(n: number) { return n; }\n');
    const { handler } = /** @type {{ handler: Function }} */ (plugin.transformIndexHtml);
    expect(handler('<html></html>', { filename: '/repo/src/popup/index.html' })).toEqual([
      { tag: 'script', attrs: { src: '/src/popup/first.js' }, injectTo: 'head-prepend' },
    ]);
    expect(handler('<html></html>', { filename: '/repo/src/options/index.html' })).toBe('<html></html>');
  });
});
