import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: [{ find: /^dom-jsx\/jsx-(dev-)?runtime$/, replacement: resolve(import.meta.dirname, 'src/warning/dom-jsx.ts') }],
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'bench/**/*.test.mjs', 'eslint-rules/*.test.mjs'],
    setupFiles: ['src/test-setup.ts'],
  },
});
