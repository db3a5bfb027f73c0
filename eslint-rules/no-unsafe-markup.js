// Page data must never become markup. Text goes in with textContent or DOM nodes; HTML
// strings are allowed only when they are constants written in the source. Refused:
//   - innerHTML / outerHTML assigned anything but a constant (also el['innerHTML'] = ...)
//   - insertAdjacentHTML with anything but a constant
//   - document.write / document.writeln (any argument: they replace the document)
//   - dangerouslySetInnerHTML, as a JSX attribute or a props object key (the build's Preact
//     copy throws on it: scripts/preact-without-innerhtml.mjs)
// Mozilla's no-unsanitized (in the same config) also checks setHTMLUnsafe and
// createContextualFragment, and accepts its known escapers.
import { isConstantString, propertyName } from './constant.js';

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'refuse HTML strings built from values, document.write and dangerouslySetInnerHTML' },
    schema: [],
    messages: {
      assigned: '{{name}} assigned a value that is not a constant string: build nodes, or set textContent',
      inserted: 'insertAdjacentHTML with a value that is not a constant string: insert nodes (insertAdjacentElement/Text)',
      write: 'document.{{name}} replaces the page: build nodes instead',
      dangerous: 'dangerouslySetInnerHTML: the build refuses it (scripts/preact-without-innerhtml.mjs); render nodes',
    },
  },
  create(context) {
    return {
      AssignmentExpression(node) {
        const name = propertyName(node.left);
        if ((name === 'innerHTML' || name === 'outerHTML') && !(node.operator === '=' && isConstantString(node.right))) {
          context.report({ node, messageId: 'assigned', data: { name } });
        }
      },
      CallExpression(node) {
        const name = propertyName(node.callee);
        if (name === 'insertAdjacentHTML' && !isConstantString(/** @type {any} */ (node.arguments[1]))) context.report({ node, messageId: 'inserted' });
        if ((name === 'write' || name === 'writeln') && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'document') {
          context.report({ node, messageId: 'write', data: { name } });
        }
      },
      /** @param {any} node */
      JSXAttribute(node) {
        if (node.name?.name === 'dangerouslySetInnerHTML') context.report({ node, messageId: 'dangerous' });
      },
      Property(node) {
        const key = node.key.type === 'Identifier' && !node.computed ? node.key.name : node.key.type === 'Literal' ? node.key.value : null;
        if (key === 'dangerouslySetInnerHTML') context.report({ node, messageId: 'dangerous' });
      },
    };
  },
};
