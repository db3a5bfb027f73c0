// Builds one TypeScript entry as a standalone IIFE script beside the extension's other files
// and lists it nowhere (no manifest key, not web-accessible): the background injects it with
// `scripting.executeScript({ files })` where it is needed (the own-posts feature,
// src/content/own-posts-entry.ts). The same secondary build crxjs makes for the manifest's
// standalone content scripts: the build's aliases, target and minification, no chunks.
import { build, mergeConfig } from 'vite';

/**
 * @param {{ source: string, output: string }} options source: the entry's path; output: the
 *   script's path inside the build (e.g. 'src/content/own-posts.js').
 * @returns {import('vite').Plugin}
 */
export function standaloneScript({ source, output }) {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  return {
    name: 'audience-guard:standalone-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build(
        mergeConfig(
          { root: config.root, mode: config.mode, resolve: { alias: config.resolve.alias }, oxc: config.oxc },
          {
            configFile: false,
            logLevel: 'warn',
            plugins: [],
            build: {
              write: false,
              emptyOutDir: false,
              lib: { entry: source, formats: ['iife'], name: 'audienceGuard', fileName: () => output },
              rollupOptions: { output: { entryFileNames: output, inlineDynamicImports: true } },
              minify: config.build.minify,
              sourcemap: false,
              target: config.build.target,
            },
          },
        ),
      );
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!chunk || chunk.type !== 'chunk') this.error(`${source}: no script built`);
      this.emitFile({ type: 'asset', fileName: output, source: chunk.code });
    },
  };
}
