// An extension runs only the code in its package (store policies for MV3, and the reason a
// reviewer can read what runs). Refused here:
//   - import() of a specifier that is not a constant, or of a remote URL
//   - import / export ... from a remote URL
//   - importScripts (loads scripts into a worker at run time)
//   - a script element made in code (document.createElement('script'))
//   - a string that is the URL of a remote script (https://..., //cdn.../x.js)
// eval, new Function, Function() and setTimeout/setInterval with a string are the core rules
// no-eval, no-new-func and no-implied-eval, on in the same config.
import { constantValue, isConstantString, propertyName } from './constant.js';

// http:, https:, protocol-relative, data: and blob: specifiers all load code from outside.
const REMOTE = /^(?:https?:|data:|blob:|\/\/)/i;
// The address of a script somewhere else: "https://cdn.example/x.js", "//host/a.mjs?v=1".
const REMOTE_SCRIPT = /^(?:https?:)?\/\/[^\s'"`]+\.m?js(?:[?#]\S*)?$/i;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'refuse code loaded from outside the package' },
    schema: [],
    messages: {
      dynamicImport: 'import() of a specifier that is not a constant: only the package\'s own modules may run',
      remoteImport: 'import of "{{url}}": code from outside the package',
      importScripts: 'importScripts loads code at run time: import the package\'s own modules',
      scriptElement: 'a script element made in code runs code the package does not hold',
      remoteScript: '"{{url}}" is the address of a remote script: the extension runs only its own files',
    },
  },
  create(context) {
    /** @param {any} node */
    const moduleSource = (node) => {
      const url = node.source && constantValue(node.source);
      if (url !== null && url !== undefined && REMOTE.test(url)) context.report({ node, messageId: 'remoteImport', data: { url } });
    };
    return {
      ImportExpression(node) {
        if (!isConstantString(node.source)) context.report({ node, messageId: 'dynamicImport' });
        else moduleSource(node);
      },
      ImportDeclaration: moduleSource,
      ExportNamedDeclaration: moduleSource,
      ExportAllDeclaration: moduleSource,
      CallExpression(node) {
        const name = node.callee.type === 'Identifier' ? node.callee.name : propertyName(node.callee);
        if (name === 'importScripts') context.report({ node, messageId: 'importScripts' });
        if (name === 'createElement' && constantValue(/** @type {any} */ (node.arguments[0]))?.toLowerCase() === 'script') {
          context.report({ node, messageId: 'scriptElement' });
        }
      },
      Literal(node) {
        if (typeof node.value === 'string' && REMOTE_SCRIPT.test(node.value)) context.report({ node, messageId: 'remoteScript', data: { url: node.value } });
      },
      TemplateLiteral(node) {
        const url = constantValue(node);
        if (url !== null && REMOTE_SCRIPT.test(url)) context.report({ node, messageId: 'remoteScript', data: { url } });
      },
    };
  },
};
