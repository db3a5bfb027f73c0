// What the markup rules accept as a constant: a string written in the source (a literal, a
// template without expressions, or "+" of those), never a value that arrives at run time.

/** @param {import('estree').Node | null | undefined} node @returns {boolean} */
export function isConstantString(node) {
  if (!node) return false;
  const inner = /** @type {any} */ (node);
  // `'<hr>' as string` is still the constant written in the source.
  if (inner.type === 'TSAsExpression' || inner.type === 'TSSatisfiesExpression' || inner.type === 'TSNonNullExpression') return isConstantString(inner.expression);
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return node.expressions.length === 0;
  if (node.type === 'BinaryExpression') return node.operator === '+' && isConstantString(/** @type {import('estree').Expression} */ (node.left)) && isConstantString(node.right);
  return false;
}

/** The constant string a node holds, or null. @param {import('estree').Node | null | undefined} node @returns {string | null} */
export function constantValue(node) {
  if (!node || !isConstantString(node)) return null;
  const inner = /** @type {any} */ (node);
  if (inner.type === 'TSAsExpression' || inner.type === 'TSSatisfiesExpression' || inner.type === 'TSNonNullExpression') return constantValue(inner.expression);
  if (node.type === 'Literal') return /** @type {string} */ (node.value);
  if (node.type === 'TemplateLiteral') return node.quasis[0]?.value.cooked ?? '';
  if (node.type === 'BinaryExpression') return `${constantValue(node.left)}${constantValue(node.right)}`;
  return null;
}

/** A member's property name when it is written out (`a.b`, `a['b']`), else null. @param {import('estree').Node} node */
export function propertyName(node) {
  if (node.type !== 'MemberExpression') return null;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return constantValue(node.property);
}
