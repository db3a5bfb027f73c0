// @vitest-environment node
import { ruleTester } from './rule-tester.js';
import rule from './no-unsafe-markup.js';

ruleTester.run('no-unsafe-markup', rule, {
  valid: [
    "el.innerHTML = '';",
    'el.innerHTML = `<b>fixed</b>`;',
    "el.outerHTML = '<hr>' + '<br>';",
    "el.insertAdjacentHTML('beforeend', '<hr>');",
    'el.textContent = someVariable;',
    'const html = el.innerHTML;',
    "other.write(text); el.setAttribute('title', someVariable);",
    'const a = <div title={someVariable}>{someVariable}</div>;',
  ],
  invalid: [
    { code: 'el.innerHTML = someVariable;', errors: [{ messageId: 'assigned', data: { name: 'innerHTML' } }] },
    { code: "el['innerHTML'] = someVariable;", errors: [{ messageId: 'assigned' }] },
    { code: 'el.innerHTML += "<b>more</b>";', errors: [{ messageId: 'assigned' }] },
    { code: 'el.outerHTML = `<b>${name}</b>`;', errors: [{ messageId: 'assigned', data: { name: 'outerHTML' } }] },
    { code: "el.insertAdjacentHTML('beforeend', html);", errors: [{ messageId: 'inserted' }] },
    { code: "document.write('<p>');", errors: [{ messageId: 'write' }] },
    { code: 'document.writeln(text);', errors: [{ messageId: 'write' }] },
    { code: 'const a = <div dangerouslySetInnerHTML={{ __html: "x" }} />;', errors: [{ messageId: 'dangerous' }] },
    { code: "h('div', { dangerouslySetInnerHTML: { __html: x } });", errors: [{ messageId: 'dangerous' }] },
  ],
});
