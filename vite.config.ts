import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxManifest } from './scripts/manifest-targets.mjs';
import { preactWithoutInnerHTML } from './scripts/preact-without-innerhtml.mjs';
import { classicScript } from './scripts/classic-script.mjs';
import { standaloneScript } from './scripts/standalone-script.mjs';

// One build per target: `vite build --mode chrome` and `vite build --mode firefox`.
// The root manifest.json is the single source; the Firefox variant is derived from it.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const base = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
  const manifest = browser === 'firefox' ? firefoxManifest(base) : base;
  return {
    build: {
      // AG_OUT_DIR lets parallel work build into its own folder without racing over dist/.
      outDir: `${process.env.AG_OUT_DIR ?? 'dist'}/${browser}`,
      emptyOutDir: true,
      // Minified: the content script must stay within 12 KB after gzip (scripts/check-size.mjs,
      // bench/), and unminified it is half as large again (18.4 KB against 11.7 KB when this
      // was written). Minified is not obfuscated (both stores allow it); the readable source
      // reviewers ask for (AMO does, with any minified upload) is the source package that
      // `npm run zip` writes beside the store packages.
      minify: true,
      sourcemap: false,
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      rollupOptions: {
        input: {
          welcome: resolve(import.meta.dirname, 'src/welcome/index.html'),
        },
      },
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: [
        { find: /^preact$/, replacement: preactWithoutInnerHTML(import.meta.dirname) },
        // The in-page warning's JSX builds DOM directly (src/warning/dom-jsx.ts).
        { find: /^dom-jsx\/jsx-(dev-)?runtime$/, replacement: resolve(import.meta.dirname, 'src/warning/dom-jsx.ts') },
      ],
    },
    plugins: [
      crx({
        manifest,
        browser,
        // Standalone IIFE content scripts need no web-accessible loader chunk, so
        // pages cannot probe for the extension through web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/content/facebook.ts', 'src/content/instagram.ts'] },
      }),
      // Facebook's own-posts feature: a second standalone script, injected by the background
      // only into a frame that shows one of the person's own posts (src/content/own-posts-loader.ts).
      standaloneScript({ source: resolve(import.meta.dirname, 'src/content/own-posts-entry.ts'), output: 'src/content/own-posts.js' }),
      // The composer switch's driver, injected once a warning offers the switch (src/sites/facebook/index.ts).
      standaloneScript({ source: resolve(import.meta.dirname, 'src/content/facebook-switch-entry.ts'), output: 'src/content/facebook-switch.js' }),
      // And the bug report's writer, injected on the first "Copy details for a bug report" click.
      standaloneScript({ source: resolve(import.meta.dirname, 'src/content/report-entry.ts'), output: 'src/content/report.js' }),
      // The popup's first requests leave while its HTML is parsed (src/popup/first-requests.ts).
      classicScript({
        source: resolve(import.meta.dirname, 'src/popup/first-requests.ts'),
        page: 'src/popup/index.html',
        output: 'src/popup/first-requests.js',
        run: 'globalThis.audienceGuardFirstRequests = sendFirstRequests(location.search);',
      }),
    ],
  };
});
