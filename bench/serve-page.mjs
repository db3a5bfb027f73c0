// Serves the synthetic heavy feed at https://www.facebook.com/ through the browser toolkit's
// request routing (tools/browser/fixture-sites.mjs), so the extension's real content script
// runs on it as on the live site. Every other request is refused: the benchmark never
// reaches the network.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { routeResponses } from '../tools/browser/fixture-sites.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const FEED_URL = 'https://www.facebook.com/';
/**
 * The same feed at a host the extension's content scripts do not match: in the extension's
 * own profile, a page without the content script and otherwise alike (the overhead's control).
 */
export const CONTROL_URL = 'https://feed.bench.test/';
const HOSTS = new Set([new URL(FEED_URL).hostname, new URL(CONTROL_URL).hostname]);

/** @type {Record<string, [string, string]>} */
const FILES = {
  '/': ['facebook-feed.html', 'text/html; charset=utf-8'],
  '/__bench/facebook-feed.js': ['facebook-feed.js', 'text/javascript; charset=utf-8'],
};

/** @param {import('playwright-core').BrowserContext} context */
export async function routeFeed(context) {
  await routeResponses(context, serve);
}

/**
 * The bench's pages, by URL; null for every other host.
 * @param {string} href
 * @returns {Promise<import('../tools/browser/fixture-sites.mjs').SiteResponse | null>}
 */
async function serve(href) {
  const url = new URL(href);
  if (!HOSTS.has(url.hostname)) return null;
  const file = FILES[url.pathname];
  if (!file) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  return { status: 200, headers: { 'content-type': file[1], 'cache-control': 'no-store' }, body: await readFile(FIXTURES + file[0]) };
}

/**
 * Opens the feed in a new page of `context` and waits until it is built.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} [url] FEED_URL, or CONTROL_URL for the page the extension does not run on
 */
export async function openFeed(context, url = FEED_URL) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => '__fbBench' in window, null, { timeout: 60000 });
  return page;
}
