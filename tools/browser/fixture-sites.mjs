// Serves the fixture sites at their real URLs, so the extension's content script runs on
// them exactly as on the live sites: through Playwright's request routing in Chromium
// (routeFixtureSites), through one browser-wide WebDriver BiDi intercept in Firefox
// (firefox.mjs). Both answer from fixtureResponse; so Chromium and Firefox get byte-identical
// pages. The bench is served by the same router, with its own pages added (fixtureSites).
//
// The pages themselves live in fixture-sites/<site>/. A URL maps to a file there by its path
// alone (the query string is left for the fixture's own script to read, e.g.
// `?lang=de&audience=public`):
//   /            -> index.html
//   /a/b         -> a/b.html, else a/b (a file such as sim.js), else a/b/index.html,
//                   else a/b/index.json
// Anything else on a fixture host is a 404, and every other host is refused, so no test can
// reach the network.
//
// A caller can add to that (fixtureSites): more hosts serving a site (the bench's control,
// the same page where the content script does not run), and pages of its own at given paths
// of a site, served before the site's files (the bench's heavy pages, which load the
// imitation's markup builders from the site and their workload from bench/workloads/).
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
 * What a caller adds to the fixture sites: `hosts` more hosts serving a site (host -> folder
 * under fixture-sites/), `pages` files of its own at exact paths of a site (folder -> path
 * -> absolute file), served before the site's files.
 * @typedef {{ hosts?: Record<string, string>, pages?: Record<string, Record<string, string>> }} SiteAdditions
 */

/**
 * The fixture file for a URL, or null. Exported for unit tests of the mapping.
 * @param {string} url
 * @param {SiteAdditions} [additions]
 */
export async function fixtureFileFor(url, additions = {}) {
  const { hostname, pathname } = new URL(url);
  const site = additions.hosts?.[hostname] ?? SITES[hostname];
  if (!site) return null;
  const own = additions.pages?.[site]?.[decodeURIComponent(pathname)];
  if (own) return own;
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
 * What the fixture sites, with `additions`, answer to a URL: its file, a 404 on a fixture
 * host, or null (refuse: not a fixture host).
 * @param {SiteAdditions} [additions]
 * @returns {(url: string) => Promise<SiteResponse | null>}
 */
export function fixtureSites(additions = {}) {
  /** @param {string} url @returns {Promise<SiteResponse | null>} */
  return async (url) => {
    const file = await fixtureFileFor(url, additions);
    if (file) return { status: 200, headers: { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' }, body: await readFile(file) };
    const { hostname } = new URL(url);
    if (SITES[hostname] || additions.hosts?.[hostname]) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
    return null;
  };
}

/** What the fixture sites answer to `url` (fixtureSites without additions). */
export const fixtureResponse = fixtureSites();

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
 * Routes every request of `context` (a Playwright BrowserContext): fixture sites (with
 * `additions`, if any) are served from disk, everything else is refused.
 * @param {import('playwright-core').BrowserContext} context
 * @param {SiteAdditions} [additions]
 */
export async function routeFixtureSites(context, additions) {
  await routeResponses(context, additions ? fixtureSites(additions) : fixtureResponse);
}
