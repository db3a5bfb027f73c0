// The own-posts figures (bench/README.md "Own posts"): on a profile of 300 heavy posts, most
// of them the person's own, the extension's share of the page's main-thread time (attributed
// from a trace, as for the feed), the frames between a new own public post and its marker,
// and the nodes and listeners left after scrolling every post out and back in.
import { median, percentile } from './stats.mjs';
import { PROFILE_URL } from './serve-page.mjs';

export const OWN_POSTS_BUDGETS = [
  { key: 'ownPostsMarkerFramesP95', label: 'own public post -> marker, frames late p95', unit: 'frames', max: 0, machineIndependent: true },
  { key: 'ownPostsLeakedNodes', label: 'leaked nodes, 300 posts scrolled out and in', unit: '', max: 0, machineIndependent: true },
  { key: 'ownPostsLeakedListeners', label: 'leaked listeners, 300 posts scrolled out and in', unit: '', max: 0, machineIndependent: true },
  { key: 'ownPostsAttributedRatio', label: 'profile of 300 posts: main-thread time, with / (with - the extension\'s calls)', unit: 'x', max: 1.02, machineIndependent: false },
];
export const OWN_POSTS_INFO = [
  ['ownPostsMarkers', 'profile of 300 posts: markers placed', ''],
  ['ownPostsExtensionMs', 'profile of 300 posts: the extension\'s calls per session, p50', 'ms'],
];

/** @param {import('playwright-core').BrowserContext} context */
async function openProfile(context) {
  const page = await context.newPage();
  await page.goto(PROFILE_URL, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => '__fbProfile' in window, null, { timeout: 60000 });
  await page.bringToFront();
  // Every own public post loaded is marked (not only those on screen): wait for all of them.
  await page.waitForFunction(() => {
    const c = window.__fbProfile.counts();
    return c.markers === c.ownPublic;
  }, null, { timeout: 30000 });
  return page;
}

/** @param {import('playwright-core').Page} page @param {string} fn @param {unknown} [arg] */
const call = (page, fn, arg) => /** @type {Promise<any>} */ ( page.evaluate(([name, a]) => window.__fbProfile[/** @type {string} */ (name)]?.(a), [fn, arg]));

/** @param {import('playwright-core').CDPSession} cdp */
async function gcCounters(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.disable');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { nodes, jsEventListeners };
}

/**
 * @param {import('./measurements.mjs').Contexts} contexts
 * @param {{ markerSamples: number, cycles: number, sessions: number, machineIndependent: boolean }} opts
 */
export async function measureOwnPosts(contexts, { markerSamples, cycles, sessions, machineIndependent }) {
  // The profile is one of the bench's pages, routed with the feed (bench/serve-page.mjs).
  const context = await contexts.withExtension();
  const figures = {};
  const details = {};
  const { browser, extensionId } = contexts.bench;

  // Frames late and leaks, on one profile page.
  const page = await openProfile(context);
  try {
    figures.ownPostsMarkers = (await call(page, 'counts')).markers;
    await call(page, 'timeMarkers', 3); // warm-up: the first marker compiles its UI
    const frames = await call(page, 'timeMarkers', markerSamples);
    if (frames.error) throw new Error(`own posts, frames late: ${frames.error}`);
    figures.ownPostsMarkerFramesP95 = percentile(frames.samples, 95);
    details.markerFrames = { count: frames.samples.length, max: Math.max(...frames.samples) };

    const cdp = await context.newCDPSession(page);
    const warm = await call(page, 'scrollCycles', 2);
    if (warm.error) throw new Error(`own posts, scroll cycles: ${warm.error}`);
    await page.waitForTimeout(500);
    const before = await gcCounters(cdp);
    const run = await call(page, 'scrollCycles', cycles);
    if (run.error) throw new Error(`own posts, scroll cycles: ${run.error}`);
    await page.waitForTimeout(500);
    const after = await gcCounters(cdp);
    await cdp.detach();
    figures.ownPostsLeakedNodes = after.nodes - before.nodes;
    figures.ownPostsLeakedListeners = after.jsEventListeners - before.jsEventListeners;
    details.leaks = { before, after, cycles, markers: run.markers };
  } finally {
    await page.close();
  }

  if (!machineIndependent) {
    const scripts = `chrome-extension://${extensionId}/src/content/`;
    const runs = [];
    for (let i = 0; i < sessions; i += 1) {
      const p = await openProfile(context);
      try {
        await p.waitForTimeout(500);
        const cdp = await context.newCDPSession(p);
        await gcCounters(cdp);
        await cdp.send('Performance.enable');
        const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        await browser.startTracing(p, { categories: ['devtools.timeline'] });
        const t0 = await read();
        const result = await call(p, 'runSession', 300);
        const t1 = await read();
        const trace = JSON.parse((await browser.stopTracing()).toString());
        await cdp.detach();
        if (result.markersSeen !== result.expected) throw new Error(`own posts session: ${result.markersSeen} markers, expected ${result.expected}`);
        // The same attribution as the feed's (measurements.mjs): top-level calls into the content script.
        const ours = /** @type {any[]} */ (trace.traceEvents ?? trace)
          .filter((e) => e.ph === 'X' && typeof e.args?.data?.url === 'string' && e.args.data.url.startsWith(scripts))
          .sort((a, b) => a.ts - b.ts);
        let us = 0;
        let end = -Infinity;
        for (const e of ours) {
          if (e.ts >= end) {
            us += e.dur;
            end = e.ts + e.dur;
          }
        }
        const taskMs = (t1.TaskDuration - t0.TaskDuration) * 1000;
        runs.push({ taskMs, extensionMs: us / 1000, calls: ours.length, ratio: taskMs / (taskMs - us / 1000) });
      } finally {
        await p.close();
      }
    }
    figures.ownPostsAttributedRatio = Math.round(median(runs.map((r) => r.ratio)) * 10000) / 10000;
    figures.ownPostsExtensionMs = Math.round(median(runs.map((r) => r.extensionMs)) * 10) / 10;
    details.sessions = runs;
  }
  return { figures, details };
}
