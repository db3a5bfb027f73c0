// Serves the fixture sites at their real URLs, so the extension's content script runs on
// them exactly as on the live sites: through Playwright's request routing in Chromium
// (routeFixtureSites), through one browser-wide WebDriver BiDi intercept in Firefox
// (firefox.mjs). Both answer from fixtureResponse, and the bench's feed from the same
// routeResponses; so Chromium and Firefox get byte-identical pages.
//
// The pages themselves live in fixture-sites/<site>/. A URL maps to a file there by its path
// alone (the query string is left for the fixture's own script to read, e.g.
// `?lang=de&audience=public`):
//   /            -> index.html
//   /a/b         -> a/b.html, else a/b (a file such as sim.js), else a/b/index.html,
//                   else a/b/index.json
// Anything else on a fixture host is a 404, and every other host is refused, so no test can
// reach the network.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixture-sites/', import.meta.url));

/** @type {Record<string, string>} host -> folder under fixture-sites/ */
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

/**
 * A response to give the browser: status, headers and body.
 * @typedef {{ status: number, headers: Record<string, string>, body: Buffer | string }} SiteResponse
 */

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** @param {string} path */
export function contentTypeOf(path) {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

/**
 * The fixture file for a URL, or null. Exported for unit tests of the mapping.
 * @param {string} url
 */
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
 * What a fixture site answers to `url`: its file, a 404 on a fixture host, or null (refuse:
 * not a fixture host).
 * @param {string} url
 * @returns {Promise<SiteResponse | null>}
 */
export async function fixtureResponse(url) {
  const file = await fixtureFileFor(url);
  if (file) return { status: 200, headers: { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' }, body: await readFile(file) };
  if (SITES[new URL(url).hostname]) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  return null;
}

/**
 * Routes every http(s) request of a Playwright BrowserContext through `respond`: its answer
 * is served, null is refused (blockedbyclient). Other schemes go on untouched.
 * @param {import('playwright-core').BrowserContext} context
 * @param {(url: string) => Promise<SiteResponse | null>} respond
 */
export async function routeResponses(context, respond) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const answer = await respond(url);
    if (!answer) return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
  });
}

/**
 * Routes every request of `context` (a Playwright BrowserContext): fixture sites are
 * served from disk, everything else is refused.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function routeFixtureSites(context) {
  await routeResponses(context, fixtureResponse);
}
