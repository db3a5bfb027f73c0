// @vitest-environment node
import { ruleTester } from './rule-tester.js';
import rule from './no-remote-code.js';

ruleTester.run('no-remote-code', rule, {
  valid: [
    "import { h } from 'preact'; import x from './x.js'; export * from '../lib/y';",
    "const m = await import('./lazy.js');",
    "const url = browser.runtime.getURL('src/content/facebook.js');",
    "browser.scripting.executeScript({ target: { tabId }, files: ['a.js'] });",
    "const page = 'https://www.facebook.com/settings'; const a = document.createElement('a');",
  ],
  invalid: [
    { code: 'const m = await import(name);', errors: [{ messageId: 'dynamicImport' }] },
    { code: 'const m = await import(`./${name}.js`);', errors: [{ messageId: 'dynamicImport' }] },
    { code: "const m = await import('https://cdn.example.com/mod.js');", errors: [{ messageId: 'remoteImport' }, { messageId: 'remoteScript' }] },
    { code: "import x from 'https://esm.sh/preact';", errors: [{ messageId: 'remoteImport' }] },
    { code: "export * from 'data:text/javascript,alert(1)';", errors: [{ messageId: 'remoteImport' }] },
    { code: "importScripts('lib.js');", errors: [{ messageId: 'importScripts' }] },
    { code: "const s = document.createElement('script');", errors: [{ messageId: 'scriptElement' }] },
    { code: "s.src = '//cdn.example.com/lib.min.js?v=2';", errors: [{ messageId: 'remoteScript' }] },
    { code: 'const u = `https://cdn.example.com/a.mjs`;', errors: [{ messageId: 'remoteScript' }] },
  ],
});
