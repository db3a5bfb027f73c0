// The size of the bench's workload, to check that it stays what the figures were measured on
// (bench/README.md "The synthetic page"): each page's counts() and, read from its DOM, the
// elements per post and the generated classes per element, the composer's size, and the
// DOM changes of one scripted session (mutation records by type, elements added and
// removed). Measured without the extension (a plain Chromium), so it is the page's own work.
//
// Usage: node bench/page-counts.mjs   (prints JSON; a minute or so: two 300-frame sessions)
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tools/browser/chromium.mjs';
import { exitUnlessBrowser } from '../tools/browser/find.mjs';
import { VIEWPORT } from './browser-session.mjs';
import { FEED_URL, PROFILE_URL, routeFeed } from './serve-page.mjs';

/**
 * Runs in the page: what its DOM holds. @param {string} postSelector
 * @returns {Record<string, unknown>}
 */
function pageStats(postSelector) {
  const all = [...document.getElementsByTagName('*')];
  const classCounts = all.filter((e) => e.hasAttribute('class')).map((e) => (e.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).length);
  const sum = (/** @type {number[]} */ a) => a.reduce((x, y) => x + y, 0);
  const perPost = [...document.querySelectorAll(postSelector)].map((p) => p.getElementsByTagName('*').length + 1);
  return {
    elements: all.length,
    elementsWithClasses: classCounts.length,
    classesPerElement: classCounts.length ? { min: Math.min(...classCounts), max: Math.max(...classCounts), mean: Math.round((sum(classCounts) / classCounts.length) * 100) / 100 } : null,
    posts: perPost.length,
    elementsPerPost: { min: Math.min(...perPost), max: Math.max(...perPost), mean: Math.round((sum(perPost) / perPost.length) * 100) / 100 },
    editAudienceButtons: document.querySelectorAll('[aria-label="Edit audience"]').length,
    commentBoxes: document.querySelectorAll('form [role="textbox"]').length,
  };
}

/**
 * Runs in the page: the DOM changes of one scripted session. @param {string} api
 * @returns {Promise<Record<string, unknown>>}
 */
async function sessionChanges(api) {
  const changes = { childList: 0, attributes: 0, characterData: 0, addedElements: 0, removedElements: 0 };
  const size = (/** @type {Node} */ n) => (n instanceof Element ? 1 + n.getElementsByTagName('*').length : 0);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      changes[r.type] += 1;
      for (const n of r.addedNodes) changes.addedElements += size(n);
      for (const n of r.removedNodes) changes.removedElements += size(n);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  const result = await /** @type {any} */ (window)[api].runSession(300);
  observer.disconnect();
  return { result, changes };
}

exitUnlessBrowser('chromium');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await routeFeed(context);
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [name, url, api, postSelector] of [['feed', FEED_URL, '__fbBench', '[data-pagelet^="FeedUnit_"]'], ['profile', PROFILE_URL, '__fbProfile', '[data-pagelet^="TimelineUnit_"]']]) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction((a) => a in window, api, { timeout: 60000 });
    const counts = await page.evaluate((a) => {
      const { buildMs: _, ...rest } = /** @type {any} */ (window)[a].counts();
      return rest;
    }, api);
    const dom = await page.evaluate(pageStats, postSelector);
    const composerElements = name === 'feed'
      ? await page.evaluate(async () => {
        const bench = /** @type {any} */ (window).__fbBench;
        await bench.openComposer({ waitMs: 50 });
        const layer = document.querySelector('[data-layer="composer"]');
        const n = layer ? layer.getElementsByTagName('*').length + 1 : 0;
        await bench.closeComposer();
        return n;
      })
      : undefined;
    const session = await page.evaluate(sessionChanges, api);
    out[name] = { counts, dom, ...(composerElements === undefined ? {} : { composerElements }), session };
    await page.close();
  }
  console.log(JSON.stringify(out, null, 2));
} finally {
  await browser.close();
}
