// Builds one TypeScript module of an extension page as a classic script too, and puts it at
// the top of that page's <head>, where it runs while the HTML is still being parsed (module
// scripts wait for the parse to end and for their chunks). Used for the popup's first
// requests (src/popup/first-requests.ts says why). The module may import types only: its
// exports become plain functions, and `run` is appended as the script's last statement.
// The module build imports the same file as usual, so both run the same code.
import { readFileSync } from 'node:fs';
import { transformWithOxc } from 'vite';

/**
 * @param {{ source: string, page: string, output: string, run: string }} options
 *   source: the module's path; page: the HTML page's path inside the build (e.g.
 *   'src/popup/index.html'); output: the script's path inside the build; run: the statement
 *   that starts it.
 * @returns {import('vite').Plugin}
 */
export function classicScript({ source, page, output, run }) {
  return {
    name: 'audience-guard:classic-script',
    apply: 'build',
    async generateBundle() {
      const { code } = await transformWithOxc(readFileSync(source, 'utf8'), source, { lang: 'ts' });
      const body = code.replace(/^export (?=(async )?function |const |let |class )/gm, '');
      if (/^\s*(import|export)\b/m.test(body)) this.error(`${source}: a classic script cannot import or export at run time`);
      this.emitFile({ type: 'asset', fileName: output, source: `(() => {\n${body}\n${run}\n})();\n` });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.filename.replaceAll('\\', '/').endsWith(`/${page}`)) return html;
        return [{ tag: 'script', attrs: { src: `/${output}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}
