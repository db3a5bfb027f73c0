// ESLint's RuleTester inside vitest: its cases become vitest tests, parsed the way the
// project's files are (typescript-eslint's parser, TSX allowed).
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { tseslint } from './packages.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
    ecmaVersion: 2024,
    sourceType: 'module',
  },
});
