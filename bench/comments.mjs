// The comment warnings' figures (bench/README.md, "Comment warnings"): frames late from a
// comment box's focus to its host in the DOM, on the churning 1,000-post feed whose every
// post has a comment box; leaked nodes and listeners after focus/blur cycles; and the check
// that an unfocused feed carries no comment host at all.
import { summarizeTimings } from './measurements.mjs';
import { settledCounters } from './dom-counters.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page @param {string} what @param {{ kind: string, n: number }} options */
async function repeatComments(page, what, options) {
  const { error, samples, frames } = await page.evaluate(
    (o) => /** @type {(o: unknown) => FbBenchRepeat} */ (window.__fbBench.repeatComments)(o),
    options,
  );
  if (error) throw new Error(`${what}: ${error}`);
  if (frames < options.n) throw new Error(`${what}: the page painted only ${frames} frames in ${options.n} samples (not in front?)`);
  return samples;
}

/**
 * @param {Page} page a feed page with the extension, in front
 * @param {{ focuses: number, cycles: number }} samples
 */
export async function measureComments(page, { focuses, cycles }) {
  await page.bringToFront();
  // Quiet until writing: a loaded feed, nothing focused, carries no comment host.
  const before = await page.evaluate(() => /** @type {() => number} */ (window.__fbBench.commentHosts)());
  if (before !== 0) throw new Error(`an unfocused feed carries ${before} comment hosts`);
  await page.evaluate(() => /** @type {(ms: number) => void} */ (window.__fbBench.startChurn)(100));
  await repeatComments(page, 'comment warm-up', { kind: 'comment-cycle', n: 2 });
  const focus = summarizeTimings(await repeatComments(page, 'comment focuses', { kind: 'comment-focus', n: focuses }));
  await page.evaluate(() => /** @type {() => void} */ (window.__fbBench.stopChurn)());
  // Leaks: on the quiet feed, counters before and after the cycles (the page itself holds
  // nothing per cycle: its timing observer is disconnected after each sample).
  const cdp = await page.context().newCDPSession(page);
  await repeatComments(page, 'comment cycles, warm-up', { kind: 'comment-cycle', n: 3 });
  const start = await settledCounters(page, cdp);
  await repeatComments(page, 'comment cycles', { kind: 'comment-cycle', n: cycles });
  const end = await settledCounters(page, cdp);
  await cdp.detach();
  return {
    focus,
    leakedNodes: end.nodes - start.nodes,
    leakedListeners: end.jsEventListeners - start.jsEventListeners,
    counters: { before: start, after: end },
  };
}
