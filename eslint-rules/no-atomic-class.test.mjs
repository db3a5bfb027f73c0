// @vitest-environment node
import { ruleTester } from './rule-tester.js';
import rule from './no-atomic-class.js';

const atomic = [{ messageId: 'atomic' }];

ruleTester.run('no-atomic-class', rule, {
  valid: [
    "document.querySelector('[role=\"dialog\"] [aria-label=\"Edit privacy\"]');",
    "el.closest('div[role=\"button\"]');",
    // Ordinary words that start with x, and Facebook's stable names (not generated).
    "const s = 'xhtml export extra xsmall'; const t = '__fb-dark-mode';",
    "el.matches('.x-button, #x12')",
    // A module path is not a selector.
    "import a from './x1lliihq.js'; export * from './x6ikm8r.js';",
    "const i = import('./x9f619.js');",
  ],
  invalid: [
    { code: "document.querySelector('.x1lliihq > span');", errors: atomic },
    { code: "el.closest('[role=dialog] .x9f619');", errors: atomic },
    { code: "el.matches('div.xdj266r');", errors: atomic },
    { code: "el.classList.contains('x6ikm8r');", errors: atomic },
    { code: "const COMPOSER = 'div[role=\"dialog\"].x1n2onr6';", errors: atomic },
    { code: 'const s = `${root} .x78zum5`;', errors: atomic },
    { code: 'const a = <div className="x1lliihq x6ikm8r" />;', errors: atomic },
  ],
});
