// The lint's packages, resolved from this workspace (eslint-rules/node_modules): the root's
// `typescript` is TypeScript 7, whose native compiler has no JS API for typescript-eslint,
// so typescript-eslint and its TypeScript 6 are installed here, not at the root.
export { default as js } from '@eslint/js';
export { defineConfig } from 'eslint/config';
export { default as globals } from 'globals';
export { default as noUnsanitized } from 'eslint-plugin-no-unsanitized';
export { default as tseslint } from 'typescript-eslint';
