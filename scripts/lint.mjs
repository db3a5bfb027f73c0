// The project's lint, run by `npm test`. It parses every source file (TypeScript and TSX,
// with Babel's parser) and refuses the patterns that would let page data become code or
// markup, or tie the extension to names Facebook regenerates on every deploy:
//   - innerHTML / outerHTML assigned anything but a constant string
//   - insertAdjacentHTML / document.write(ln) with anything but a constant string
//   - dangerouslySetInnerHTML (any value)
//   - eval, new Function, setTimeout/setInterval with a string, import() of a non-constant
//   - selectors or class names that look like Facebook's generated atomic classes (x1lliihq)
// Usage: node scripts/lint.mjs [files or folders...]  (default: src)
import { parse } from '@babel/parser';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
// Facebook's atomic classes: "x" followed by 5 to 8 lowercase letters or digits, at least
// one digit (x1lliihq, x6ikm8r, xdj266r), as a class selector or in a className/classList.
const ATOMIC_CLASS = /(^|[\s.'"`])x(?=[a-z0-9]{5,8}\b)(?=[a-z]*\d)[a-z0-9]{5,8}\b/;

function files(paths) {
  const out = [];
  const walk = (p) => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') walk(join(p, name));
    } else if (SOURCE.test(p) && !/\.test\.\w+$/.test(p)) out.push(p);
  };
  paths.forEach(walk);
  return out;
}

const isConstantString = (node) =>
  node &&
  ((node.type === 'StringLiteral') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0) ||
    (node.type === 'BinaryExpression' && node.operator === '+' && isConstantString(node.left) && isConstantString(node.right)));

const propName = (member) =>
  member && (member.type === 'MemberExpression' || member.type === 'OptionalMemberExpression')
    ? member.computed
      ? member.property.type === 'StringLiteral' ? member.property.value : null
      : member.property.name
    : null;

/** Returns a list of { line, message } for one source text. */
export function lintSource(code, filename = 'input.ts', { classNames = true } = {}) {
  const problems = [];
  const report = (node, message) => problems.push({ line: node.loc?.start.line ?? 0, message });
  let ast;
  try {
    ast = parse(code, {
      sourceType: 'module',
      plugins: [/\.(tsx|jsx)$/.test(filename) ? 'jsx' : null, /\.(ts|tsx|mts)$/.test(filename) ? 'typescript' : null].filter(Boolean),
      errorRecovery: false,
    });
  } catch (error) {
    return [{ line: error.loc?.line ?? 0, message: `cannot parse: ${error.message}` }];
  }
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'AssignmentExpression': {
        const name = propName(node.left);
        if ((name === 'innerHTML' || name === 'outerHTML') && !isConstantString(node.right)) report(node, `${name} assigned a non-constant value`);
        break;
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression': {
        const callee = node.callee;
        const name = callee.type === 'Identifier' ? callee.name : propName(callee);
        if (node.type === 'NewExpression' && name === 'Function') report(node, 'new Function() is eval');
        if (node.type !== 'NewExpression' && callee.type === 'Identifier' && name === 'eval') report(node, 'eval()');
        if (name === 'Function' && node.type !== 'NewExpression' && callee.type === 'Identifier') report(node, 'Function() is eval');
        if ((name === 'setTimeout' || name === 'setInterval') && node.arguments[0] && (node.arguments[0].type === 'StringLiteral' || node.arguments[0].type === 'TemplateLiteral')) report(node, `${name} with a string is eval`);
        if (name === 'insertAdjacentHTML' && !isConstantString(node.arguments[1])) report(node, 'insertAdjacentHTML with a non-constant value');
        if ((name === 'write' || name === 'writeln') && callee.object?.type === 'Identifier' && callee.object.name === 'document') report(node, 'document.write');
        if (callee.type === 'Import' && !isConstantString(node.arguments[0])) report(node, 'import() of a non-constant specifier');
        break;
      }
      case 'JSXAttribute':
        if (node.name?.name === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML');
        break;
      case 'ObjectProperty':
        if ((node.key?.name ?? node.key?.value) === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML');
        break;
      case 'StringLiteral':
      case 'TemplateElement': {
        const text = node.type === 'StringLiteral' ? node.value : node.value.cooked ?? node.value.raw;
        // Import specifiers and comments are not selectors.
        if (classNames && parent?.type !== 'ImportDeclaration' && ATOMIC_CLASS.test(text)) report(node, `looks like a generated class name: "${text.slice(0, 60)}"`);
        break;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach((c) => visit(c, node));
      else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child, node);
    }
  };
  visit(ast.program, null);
  return problems;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const targets = process.argv.slice(2);
  const list = files(targets.length ? targets : ['src']);
  let count = 0;
  for (const file of list) {
    // Generated class names are forbidden in the extension's code; fixtures may imitate them.
    const classNames = relative(process.cwd(), file).startsWith('src');
    for (const p of lintSource(readFileSync(file, 'utf8'), file, { classNames })) {
      console.error(`${relative(process.cwd(), file)}:${p.line}: ${p.message}`);
      count += 1;
    }
  }
  if (count) {
    console.error(`lint: ${count} problem(s) in ${list.length} files`);
    process.exit(1);
  }
  console.log(`lint: ${list.length} files clean`);
}
