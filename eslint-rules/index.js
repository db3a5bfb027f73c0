// Audience Guard's own lint rules, as an ESLint plugin (used by ../eslint.config.js).
import noAtomicClass from './no-atomic-class.js';
import noRemoteCode from './no-remote-code.js';
import noUnsafeMarkup from './no-unsafe-markup.js';

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'audience-guard' },
  rules: {
    'no-atomic-class': noAtomicClass,
    'no-remote-code': noRemoteCode,
    'no-unsafe-markup': noUnsafeMarkup,
  },
};
export default plugin;
