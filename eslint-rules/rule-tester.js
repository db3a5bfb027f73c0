// ESLint's RuleTester inside vitest: its cases become vitest tests, parsed the way the
// project's files are (typescript-eslint's parser, TSX allowed).
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { tseslint } from './packages.js';

// RuleTester runs its cases through these hooks when they are set (ESLint's types name only some).
const hooks = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (RuleTester));
hooks.afterAll = afterAll;
hooks.describe = describe;
hooks.it = it;
hooks.itOnly = it.only;

export const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
    ecmaVersion: 2024,
    sourceType: 'module',
  },
});
