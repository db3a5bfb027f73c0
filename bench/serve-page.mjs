// Serves the bench's pages at https://www.facebook.com/ through the browser toolkit's one
// router for the imitation (tools/browser/fixture-sites.mjs), so the extension's real content
// script runs on them as on the live site: the imitation's Facebook (fixture-sites/facebook/,
// whose markup builders the bench's pages load) with the bench's own pages added, the heavy
// feed at / and the own profile at /ana.bench, each a page of bench/workloads/ that loads
// the imitation's markup.js and then its workload script. Every other request is refused:
// the benchmark never reaches the network.
import { fileURLToPath } from 'node:url';
import { routeFixtureSites } from '../tools/browser/fixture-sites.mjs';

const WORKLOADS = fileURLToPath(new URL('./workloads/', import.meta.url));
export const FEED_URL = 'https://www.facebook.com/';
/**
 * The same feed at a host the extension's content scripts do not match: in the extension's
 * own profile, a page without the content script and otherwise alike (the overhead's control).
 */
export const CONTROL_URL = 'https://feed.bench.test/';
export const PROFILE_URL = 'https://www.facebook.com/ana.bench';

/** The bench's additions to the fixture sites. @type {import('../tools/browser/fixture-sites.mjs').SiteAdditions} */
export const BENCH_SITES = {
  hosts: { [new URL(CONTROL_URL).hostname]: 'facebook' },
  pages: {
    facebook: {
      '/': `${WORKLOADS}feed.html`,
      '/__bench/kit.js': `${WORKLOADS}kit.js`,
      '/__bench/feed.js': `${WORKLOADS}feed.js`,
      '/ana.bench': `${WORKLOADS}profile.html`,
      '/__bench/profile.js': `${WORKLOADS}profile.js`,
    },
  },
};

/** Routes the bench's pages (and the rest of the imitation) in `context`. @param {import('playwright-core').BrowserContext} context */
export async function routeFeed(context) {
  await routeFixtureSites(context, BENCH_SITES);
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
