// The project's lint (`npm run lint`, eslint-rules/lint.mjs): ESLint's and typescript-eslint's
// recommended rules, Mozilla's no-unsanitized, and Audience Guard's own rules (eslint-rules/):
// no generated class names in selectors, no HTML strings built from values, no remote code.
// typescript-eslint's parser needs TypeScript's JS API, which TypeScript 7 (the project's
// compiler) does not have: eslint-rules/ is a package of its own with TypeScript 6, for the
// lint only. With it, three type-aware rules (promises) read the types; everything else about
// types is `npm run typecheck`, with TypeScript 7.
import { defineConfig, globals, js, noUnsanitized, tseslint } from './eslint-rules/packages.js';
import audienceGuard from './eslint-rules/index.js';

export default defineConfig(
  {
    ignores: ['dist/', 'packages/', 'test-results/', 'playwright-report/', 'demo-screenshots/', 'bench/runs/', '.out/', '**/node_modules/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      // The extension's pages and content scripts, and the Node tooling around them; the
      // e2e and bench scripts also hold functions that run in the page (page.evaluate).
      globals: { ...globals.browser, ...globals.webextensions, ...globals.node },
    },
    plugins: { 'no-unsanitized': noUnsanitized, 'audience-guard': audienceGuard },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'audience-guard/no-unsafe-markup': 'error',
      'audience-guard/no-remote-code': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      // The compiler (noUnusedLocals, noUnusedParameters) reports these too; here "_" marks
      // a parameter a signature requires but the body does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Promises: one never awaited or handled is an error nobody sees (a content script's
    // unhandled rejection goes to the page's console at best).
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // The shipped code never names Facebook's generated classes; fixtures and tests may
    // imitate them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    rules: { 'audience-guard/no-atomic-class': 'error' },
  },
  {
    // Unit tests build their fixture DOM from constant strings in happy-dom; they are not
    // shipped, and they read outerHTML to compare what was built.
    files: ['**/*.test.{ts,tsx,mjs}', 'src/test-setup.ts'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off', 'audience-guard/no-unsafe-markup': 'off' },
  },
  {
    // Playwright fixtures take their dependencies by destructuring: `async ({}, use) => ...`.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // The rules' own tests hold the code they must refuse, as strings.
    files: ['eslint-rules/**'],
    rules: { 'audience-guard/no-remote-code': 'off', 'no-script-url': 'off' },
  },
);
