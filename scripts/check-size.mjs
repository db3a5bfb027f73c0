// The content scripts' size budgets after gzip -9, checked on every test run: it is the one
// benchmark figure that needs no browser (`npm run bench` measures the rest). Each site's core
// script (the manifest's content_scripts, loaded on every page of the site) may take 16 KB
// with every language in it. The scripts the background injects on demand
// (src/lib/on-demand.ts: Facebook's own posts, the switch's driver, the bug report) each have
// a budget of their own, and must be web-accessible nowhere. For Facebook it also reports
// what each language costs: the gzip bytes the script would lose without that language's
// lexicon entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Budget per content script file, by the site in its name. */
const BUDGETS = { facebook: 16 * KB, default: 16 * KB };
/** Budget per script injected on demand (src/background/inject.ts ON_DEMAND_SCRIPTS). */
export const ON_DEMAND_BUDGETS = {
  'src/content/own-posts.js': 14 * KB,
  'src/content/facebook-switch.js': 8 * KB,
  'src/content/report.js': 8 * KB,
};

const gzip = (/** @type {string} */ text) => gzipSync(text, { level: 9 }).length;

/**
 * The lexicon entries in a built script: `en:{audiences:…}`, `"zh-CN":{audiences:…}` or `ja:x({public:…})`, each
 * found by its key and cut out by matching braces (the minified output keeps no strings with
 * unbalanced braces in the lexicon).
 * @param {string} code
 */
export function languageCosts(code) {
  const costs = [];
  const whole = gzip(code);
  // A whole entry (`{audiences:…}`) or a partial one (`only({public:…})`).
  const entry = /(?:"([a-z]{2}(?:-[A-Z]{2})?)"|\b([a-z]{2})):(?:[\w$]+\()?\{(?:audiences|public|"only-me"):/g;
  for (let m = entry.exec(code); m; m = entry.exec(code)) {
    const start = m.index;
    let depth = 0;
    let end = code.indexOf('{', start);
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++;
      else if (code[end] === '}' && --depth === 0) break;
    }
    // The entry (and the call's closing parenthesis) with its trailing comma, if any.
    if (code[end + 1] === ')') end++;
    const cut = code[end + 1] === ',' ? end + 2 : end + 1;
    costs.push({ lang: m[1] ?? m[2], bytes: whole - gzip(code.slice(0, start) + code.slice(cut)) });
  }
  return costs;
}

/** @param {string} dist */
export function contentScriptSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? []).flatMap((/** @type {{ js?: string[] }} */ entry) => entry.js ?? []).map((/** @type {string} */ file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    const site = /facebook/.test(file) ? 'facebook' : 'default';
    return { file, gzipBytes: gzip(code), budget: BUDGETS[site], languages: site === 'facebook' ? languageCosts(code) : [] };
  });
}

/** @param {string} dist */
export function onDemandSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const accessible = JSON.stringify(manifest.web_accessible_resources ?? []);
  return Object.entries(ON_DEMAND_BUDGETS).map(([file, budget]) => ({
    file,
    gzipBytes: gzip(readFileSync(join(dist, file), 'utf8')),
    budget,
    webAccessible: accessible.includes(file) || accessible.includes('src/content/*'),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(process.env.AG_OUT_DIR ?? 'dist', 'chrome');
  let ok = true;
  for (const { file, gzipBytes, budget, languages } of contentScriptSizes(dist)) {
    const pass = gzipBytes <= budget;
    ok &&= pass;
    console.log(`${file}: ${gzipBytes} B gzip (budget ${budget}) ${pass ? 'ok' : 'OVER BUDGET'}`);
    if (languages.length) console.log(`  per language (gzip bytes without it): ${languages.map((/** @type {{ lang: string, bytes: number }} */ l) => `${l.lang} ${l.bytes}`).join(', ')}`);
  }
  for (const { file, gzipBytes, budget, webAccessible } of onDemandSizes(dist)) {
    const pass = gzipBytes <= budget && !webAccessible;
    ok &&= pass;
    console.log(`${file} (injected on demand): ${gzipBytes} B gzip (budget ${budget}) ${webAccessible ? 'WEB-ACCESSIBLE' : pass ? 'ok' : 'OVER BUDGET'}`);
  }
  process.exit(ok ? 0 : 1);
}
