// Serves the fixture sites at their real URLs through Playwright's request routing, so the
// extension's content script runs on them exactly as on the live sites. Shared by the e2e
// tests and the demo (`npm start`).
//
// A URL maps to a file under e2e/fixtures/<site>/ by its path alone (the query string is
// left for the fixture's own script to read, e.g. `?lang=de&audience=public`):
//   /            -> index.html
//   /a/b         -> a/b.html, else a/b (a file such as sim.js), else a/b/index.html,
//                   else a/b/index.json
// Anything else is a 404, and every other host is refused, so no test can reach the network.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** @type {Record<string, string>} */
export const SITES = {
  'www.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'example.org': 'other',
};

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
};

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The fixture file for a URL, or null. Exported for unit tests of the mapping. @param {string} url */
export async function fixtureFileFor(url) {
  const { hostname, pathname } = new URL(url);
  const site = SITES[hostname];
  if (!site) return null;
  const root = join(FIXTURES_DIR, site);
  const rel = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '').replace(/[/\\]+$/, '');
  if (rel.split(sep).includes('..')) return null;
  const candidates = rel === '' ? ['index.html'] : [`${rel}.html`, rel, join(rel, 'index.html'), join(rel, 'index.json')];
  for (const candidate of candidates) {
    const path = join(root, candidate);
    if (path.startsWith(root) && (await isFile(path))) return path;
  }
  return null;
}

/**
 * Routes every request of `context` (a Playwright BrowserContext): fixture sites are
 * served from disk, everything else is aborted.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function routeFixtureSites(context) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const file = await fixtureFileFor(url);
    if (file) {
      return route.fulfill({
        status: 200,
        body: await readFile(file),
        headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' },
      });
    }
    if (SITES[new URL(url).hostname]) return route.fulfill({ status: 404, body: 'not found', contentType: 'text/plain' });
    return route.abort('blockedbyclient');
  });
}
