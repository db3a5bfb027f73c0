// Facebook's class names are generated ("atomic" CSS: x1lliihq, x6ikm8r, xdj266r) and change
// with its deploys, so code that selects on them breaks silently (docs/MARKUP.md: select by
// role, aria-label, structure). Any string in the extension's code that holds one (a selector
// for querySelector/closest/matches, a selector constant, a className or classList argument)
// is refused. Import specifiers are not selectors.

// "x" then 5 to 8 lowercase letters or digits, at least one of them a digit, as a word of its
// own: a class selector (".x1lliihq"), a class list ("x1lliihq x6ikm8r"), a quoted name.
const ATOMIC_CLASS = /(^|[\s.'"`,>+~(])x(?=[a-z0-9]{5,8}\b)(?=[a-z]*\d)[a-z0-9]{5,8}\b/;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: "refuse Facebook's generated atomic class names in selectors and class names" },
    schema: [],
    messages: {
      atomic: '"{{text}}" looks like a generated atomic class name ({{name}}): it changes with the site\'s deploys; select by role, aria-label or structure (docs/MARKUP.md)',
    },
  },
  create(context) {
    /** @param {import('estree').Node} node @param {string} text */
    const check = (node, text) => {
      const found = ATOMIC_CLASS.exec(text);
      if (!found) return;
      const name = found[0].slice(found[1]?.length ?? 0);
      context.report({ node, messageId: 'atomic', data: { text: text.length > 60 ? `${text.slice(0, 57)}...` : text, name } });
    };
    /** @param {any} parent */
    const isModuleSource = (parent) =>
      parent && (parent.type === 'ImportDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ImportExpression');
    return {
      Literal(node) {
        if (typeof node.value === 'string' && !isModuleSource(/** @type {any} */ (node).parent)) check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};
