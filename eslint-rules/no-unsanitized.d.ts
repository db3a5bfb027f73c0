// Mozilla's eslint-plugin-no-unsanitized ships no types: an ESLint plugin is what it is.
declare module 'eslint-plugin-no-unsanitized' {
  const plugin: import('eslint').ESLint.Plugin;
  export default plugin;
}
