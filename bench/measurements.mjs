// The benchmark's measurements, one function per figure group. bench/README.md explains
// each method; run.mjs decides which run and compares them with the budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTROL_URL, FEED_URL, openFeed, routeFeed } from './serve-page.mjs';
import { median, medianInterval, percentile } from './stats.mjs';
import { cpuMsBetween, rendererMainThreads } from './cpu-time.mjs';
import { openToolbarPopup } from '../tools/browser/toolbar-popup.mjs';
import { collectGarbage, detachedNodes, settledCounters } from './dom-counters.mjs';

/** @typedef {import('./browser-session.mjs').BenchBrowser} BenchBrowser */
/** @typedef {import('playwright-core').Page} Page */

/** The content script named in the built manifest, raw and after gzip -9. @param {string} extensionPath */
export function contentScriptSize(extensionPath) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  // One script per site: the figure is the largest, the one a budget must hold for.
  const sizes = manifest.content_scripts.flatMap((/** @type {{ js: string[] }} */ c) => c.js).map((/** @type {string} */ file) => {
    const bytes = readFileSync(join(extensionPath, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return sizes.reduce((/** @type {{ gzipBytes: number }} */ a, /** @type {{ gzipBytes: number }} */ b) => (b.gzipBytes > a.gzipBytes ? b : a));
}

/** Contexts of one benchmark browser, routed to the synthetic feed once each. */
export class Contexts {
  /** @param {BenchBrowser} bench */
  constructor(bench) {
    this.bench = bench;
    /** @type {import('playwright-core').BrowserContext | null} */
    this.off = null;
    this.routed = false;
  }
  async withExtension() {
    if (!this.routed) {
      await routeFeed(this.bench.extensionContext);
      this.routed = true;
    }
    return this.bench.extensionContext;
  }
  /** An off-the-record context: the extension does not run there (checked by every caller). */
  async withoutExtension() {
    if (!this.off) {
      this.off = await this.bench.browser.newContext({ viewport: null });
      await routeFeed(this.off);
    }
    return this.off;
  }
}

/**
 * Calls window.__fbBench[fn](arg) in the page (bench/page-api.d.ts).
 * @param {Page} page @param {string} fn @param {unknown} [arg] @returns {Promise<any>}
 */
const call = (page, fn, arg) =>
  page.evaluate(([name, a]) => /** @type {(arg: unknown) => unknown} */ (window.__fbBench[/** @type {string} */ (name)])(a), [fn, arg]);

/**
 * Runs window.__fbBench.repeat in the page; throws with the page's reason on a bad sample.
 * @param {Page} page @param {string} what @param {{ kind: string, n: number, mode?: string, expectHost?: boolean }} options
 */
async function repeat(page, what, options) {
  const { error, samples, frames } = /** @type {FbBenchRepeat} */ (await call(page, 'repeat', options));
  if (error) throw new Error(`${what}: ${error}`);
  // Every sample waits for frames; a page given none (a tab behind another) would make
  // "0 frames late" meaningless rather than true.
  if (frames < options.n) throw new Error(`${what}: the page painted only ${frames} frames in ${options.n} samples (not in front?)`);
  return samples;
}

/**
 * Frames late and ms from the composer's insertion (and from the audience button turning
 * Public) to the warning host, on the churning feed.
 * @param {Page} page a feed page with the extension
 * @param {{ openings: number, rafOpenings: number }} opts
 */
export async function measureFrames(page, { openings, rafOpenings }) {
  // In front: the install opens the welcome tab a moment after the browser starts, and a tab
  // behind it gets no animation frames (every sample would then read "0 frames late").
  await page.bringToFront();
  await call(page, 'startChurn', 100);
  // Warm-up: the first warning also compiles the warning UI; not what we measure.
  await repeat(page, 'warm-up', { kind: 'open', n: 2 });
  const detect = await repeat(page, 'composer openings', { kind: 'open', n: openings, mode: 'task' });
  const audience = await repeat(page, 'audience changes', { kind: 'audience', n: openings, mode: 'task' });
  const raf = rafOpenings ? await repeat(page, 'composer openings from rAF', { kind: 'open', n: rafOpenings, mode: 'raf' }) : [];
  await call(page, 'stopChurn');
  const probe = await page.evaluate(() => ({ ...window.__fbBench.probe }));
  return { detect, audience, raf, probe };
}

/** Summary of timing samples. @param {{ late: number, ms: number }[]} samples */
export function summarizeTimings(samples) {
  const frames = samples.map((s) => s.late);
  const ms = samples.map((s) => s.ms);
  return {
    count: samples.length,
    framesP50: percentile(frames, 50),
    framesP95: percentile(frames, 95),
    framesMax: Math.max(...frames),
    msP50: Math.round(percentile(ms, 50) * 10) / 10,
    msP95: Math.round(percentile(ms, 95) * 10) / 10,
  };
}

/** @typedef {import('playwright-core').CDPSession} CDPSession */

/** @typedef {import('./dom-counters.mjs').Counters} Counters */

/**
 * DOM counters before and after `cycles` composer open/close cycles on a quiet feed (no
 * churn), each side on a fresh page of its own, opened after every other bench page is
 * closed (the counters are the renderer process's: another page of the same site can share
 * it) and closed here: with the extension (www.facebook.com) and, as the control, the same
 * feed in the same profile at a host the content script does not match (CONTROL_URL, as for
 * the overhead), measured the same way. leaked = Δ(with) − Δ(control); the control's own
 * drift is reported beside (0 when the page holds nothing itself).
 * @param {Contexts} contexts @param {{ cycles: number }} opts
 */
export async function measureLeaks(contexts, { cycles }) {
  /** @type {Record<string, { before: Counters, after: Counters, detached?: { total: number, byName: [string, number][] } }>} */
  const out = {};
  const context = await contexts.withExtension();
  // One side at a time, the measured page in front: a page behind another window could be
  // given no animation frames, and every cycle waits for frames.
  /** @type {[string, string, boolean][]} */
  const sides = [
    ['withExtension', FEED_URL, true],
    ['control', CONTROL_URL, false],
  ];
  for (const [name, url, expectHost] of sides) {
    const page = await openFeed(context, url);
    try {
      await page.bringToFront();
      const cdp = await context.newCDPSession(page);
      // Warm-up: one-time allocations (the warning UI's first render, the page's probe).
      await repeat(page, `${name}, warm-up`, { kind: 'cycle', n: 3, expectHost });
      const before = await settledCounters(page, cdp);
      await repeat(page, `${name}, cycles`, { kind: 'cycle', n: cycles, expectHost });
      const after = await settledCounters(page, cdp);
      // Every cycle adds and removes a layer in this one document: another count means
      // another page's document came or went in this renderer, and the figure is not ours.
      if (after.documents !== before.documents) throw new Error(`${name}: the renderer's documents went from ${before.documents} to ${after.documents} during the cycles (another page in its process?)`);
      out[name] = { before, after };
      if (after.nodes !== before.nodes) out[name].detached = await detachedNodes(cdp);
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  /** @param {string} side @param {'nodes' | 'jsEventListeners'} key */
  const delta = (side, key) => out[side].after[key] - out[side].before[key];
  return {
    withExtension: out.withExtension,
    control: out.control,
    leakedNodes: delta('withExtension', 'nodes') - delta('control', 'nodes'),
    leakedListeners: delta('withExtension', 'jsEventListeners') - delta('control', 'jsEventListeners'),
    pageDriftNodes: delta('control', 'nodes'),
    pageDriftListeners: delta('control', 'jsEventListeners'),
  };
}

/**
 * One scripted session on a fresh page: CDP Performance metrics, and the CPU time of the
 * renderer main threads (Linux), before and after.
 * @param {import('playwright-core').BrowserContext} context @param {boolean} expectHost @param {number} browserPid @param {string} [url]
 */
async function session(context, expectHost, browserPid, url) {
  const page = await openFeed(context, url);
  try {
    const { cdp, read } = await readyForSession(context, page);
    const before = await read();
    const cpuBefore = rendererMainThreads(browserPid);
    const result = /** @type {FbBenchSession} */ (await call(page, 'runSession', 300));
    const cpuAfter = rendererMainThreads(browserPid);
    const after = await read();
    await cdp.detach();
    if (result.hostSeen !== expectHost) {
      throw new Error(`overhead session ${expectHost ? 'with' : 'without'} the extension: warning host ${result.hostSeen ? 'seen' : 'not seen'}`);
    }
    const d = (/** @type {string} */ key) => (after[key] ?? 0) - (before[key] ?? 0);
    return {
      taskMs: d('TaskDuration') * 1000,
      scriptMs: d('ScriptDuration') * 1000,
      layoutMs: d('LayoutDuration') * 1000,
      styleMs: d('RecalcStyleDuration') * 1000,
      // Counts, not times: the same on any machine for the same work.
      layouts: d('LayoutCount'),
      styleRecalcs: d('RecalcStyleCount'),
      cpuMs: cpuMsBetween(cpuBefore, cpuAfter),
    };
  } finally {
    await page.close();
  }
}

/**
 * Brings a freshly opened feed to the same start for every scripted session: in front (the
 * session is paced by animation frames), settled, and the garbage of the page before (the
 * renderer process can be reused) collected now, not during the session. Returns the CDP
 * session and a reader of DevTools' Performance metrics.
 * @param {import('playwright-core').BrowserContext} context @param {Page} page
 */
async function readyForSession(context, page) {
  await page.bringToFront();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await collectGarbage(cdp);
  await page.waitForTimeout(300);
  await cdp.send('Performance.enable');
  /** @returns {Promise<Record<string, number>>} */
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { cdp, read };
}

/**
 * Main-thread time of the same scripted session with and without the extension, runs
 * interleaved in one browser, the order alternating from pair to pair (A B, B A, ...). The
 * ratio is of the main threads' CPU time where Linux tells it (see cpu-time.mjs), else of
 * DevTools' TaskDuration; both are reported. `interval` is the median pair ratio's
 * distribution-free confidence interval (stats.mjs), which the budget's verdict reads.
 * @param {Contexts} contexts @param {{ pairs: number }} opts @param {(line: string) => void} [progress]
 */
export async function measureOverhead(contexts, { pairs }, progress = () => {}) {
  // Both sides in the extension's own profile: the control page is the same feed at a host
  // the content script does not match (CONTROL_URL), so the pair differs in the content
  // script alone, not in the profile (an off-the-record context has its own storage,
  // renderer settings and caches).
  const context = await contexts.withExtension();
  const { pid } = contexts.bench;
  const withExt = () => session(context, true, pid);
  const without = () => session(context, false, pid, CONTROL_URL);
  // One unmeasured session each first: compile caches and the first layouts.
  await withExt();
  await without();
  const runs = [];
  for (let i = 0; i < pairs; i += 1) {
    // Counterbalanced (A B, B A, A B, ...): whatever drifts over the run, or favours the
    // second session of a pair, falls on both sides alike.
    const withFirst = i % 2 === 0;
    let a;
    let b;
    if (withFirst) {
      a = await withExt();
      b = await without();
    } else {
      b = await without();
      a = await withExt();
    }
    const cpuRatio = a.cpuMs !== null && b.cpuMs ? a.cpuMs / b.cpuMs : null;
    runs.push({ with: a, without: b, withFirst, cpuRatio, taskRatio: a.taskMs / b.taskMs, scriptRatio: a.scriptMs / b.scriptMs });
    const cpu = a.cpuMs === null || b.cpuMs === null ? '' : `cpu ${a.cpuMs.toFixed(0)} / ${b.cpuMs.toFixed(0)} ms, `;
    progress(`overhead pair ${i + 1}/${pairs} (${withFirst ? 'with first' : 'without first'}): ${cpu}task ${a.taskMs.toFixed(0)} / ${b.taskMs.toFixed(0)} ms, script ${a.scriptMs.toFixed(0)} / ${b.scriptMs.toFixed(0)} ms`);
  }
  /** @type {(values: (number | null)[]) => values is number[]} */
  const allKnown = (values) => values.every((v) => v !== null);
  const cpuRatios = runs.map((r) => r.cpuRatio);
  const cpuRatio = allKnown(cpuRatios) ? median(cpuRatios) : null;
  const taskRatio = median(runs.map((r) => r.taskRatio));
  // Where the CPU ratio is known, every pair's CPU figures are (allKnown above).
  const pairRatios = runs.map((r) => (cpuRatio === null ? r.taskRatio : /** @type {number} */ (r.cpuRatio)));
  // The method's own noise: the sessions without the extension are the same work each time.
  const baseline = runs.map((r) => (cpuRatio === null ? r.without.taskMs : /** @type {number} */ (r.without.cpuMs)));
  const interval = medianInterval(pairRatios, 0.95);
  return {
    runs,
    pairMin: Math.min(...pairRatios),
    pairMax: Math.max(...pairRatios),
    interval,
    noise: (Math.max(...baseline) - Math.min(...baseline)) / median(baseline),
    addedLayoutsP50: median(runs.map((r) => r.with.layouts - r.without.layouts)),
    addedStyleRecalcsP50: median(runs.map((r) => r.with.styleRecalcs - r.without.styleRecalcs)),
    layoutsWithoutP50: median(runs.map((r) => r.without.layouts)),
    overheadRatio: cpuRatio ?? taskRatio,
    basis: cpuRatio === null ? 'TaskDuration' : 'main-thread CPU time',
    cpuRatio,
    taskRatio,
    scriptRatio: median(runs.map((r) => r.scriptRatio)),
    scriptMsAddedP50: median(runs.map((r) => r.with.scriptMs - r.without.scriptMs)),
  };
}

/**
 * The extension's own main-thread time, attributed from a DevTools trace of the same scripted
 * session with the extension: every call into the content script (its mutation observer,
 * timers, frame callbacks and event listeners appear as FunctionCall events with its URL,
 * forced style and layout nested inside them) is summed, outermost calls only. The ratio is
 * the session's main-thread task time over the same minus the extension's part: with /
 * without within one run, so the run-to-run noise of two sessions (see the A/B pairs)
 * cancels. Not counted, because Chromium does not attribute them: Blink's cost of queueing
 * mutation records for the extension's observer, and the warning's style and layout in the
 * page's own frames (two warnings per session).
 * @param {Contexts} contexts @param {{ sessions: number }} opts
 */
export async function measureAttributedOverhead(contexts, { sessions }) {
  const context = await contexts.withExtension();
  const { browser, extensionId } = contexts.bench;
  // The content scripts' files (not the service worker's, which runs on its own thread).
  const scripts = `chrome-extension://${extensionId}/src/content/`;
  const runs = [];
  for (let i = 0; i < sessions; i += 1) {
    const page = await openFeed(context);
    try {
      const { cdp, read } = await readyForSession(context, page);
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      const before = await read();
      const result = /** @type {FbBenchSession} */ (await call(page, 'runSession', 300));
      const after = await read();
      const trace = JSON.parse((await browser.stopTracing()).toString());
      await cdp.detach();
      if (!result.hostSeen) throw new Error('attributed overhead: no warning host seen in the session');
      const ours = (trace.traceEvents ?? trace)
        .filter((/** @type {{ ph: string, ts: number, dur: number, args?: { data?: { url?: unknown } } }} */ e) => e.ph === 'X' && typeof e.args?.data?.url === 'string' && e.args.data.url.startsWith(scripts))
        .sort((/** @type {{ ts: number }} */ a, /** @type {{ ts: number }} */ b) => a.ts - b.ts);
      if (ours.length === 0) throw new Error('attributed overhead: the trace holds no call into the content script');
      let extensionUs = 0;
      let end = -Infinity;
      for (const e of ours) {
        // Nested calls (a listener called from inside another) are inside the outer one.
        if (e.ts >= end) {
          extensionUs += e.dur;
          end = e.ts + e.dur;
        }
      }
      const taskMs = (after.TaskDuration - before.TaskDuration) * 1000;
      const extensionMs = extensionUs / 1000;
      runs.push({ taskMs, extensionMs, calls: ours.length, ratio: taskMs / (taskMs - extensionMs) });
    } finally {
      await page.close();
    }
  }
  return { runs, ratio: median(runs.map((r) => r.ratio)), extensionMsP50: median(runs.map((r) => r.extensionMs)) };
}

/** How long the page stays busy around one popup opening (measurePopup's `busyTaskMs`). */
const BUSY_FOR_MS = 1500;

/** Tasks of `taskMs` on the page's main thread, back to back, for `forMs`; then `benchBusyDone`. @param {Page} page @param {number} taskMs @param {number} forMs */
async function startBusyTasks(page, taskMs, forMs) {
  await page.evaluate(([task, total]) => {
    const w = /** @type {any} */ (window);
    w.benchBusyDone = false;
    const until = performance.now() + total;
    const run = () => {
      const end = performance.now() + task;
      while (performance.now() < end);
      if (performance.now() < until) setTimeout(run, 0);
      else w.benchBusyDone = true;
    };
    setTimeout(run, 0);
  }, [taskMs, forMs]);
}

/**
 * The real toolbar popup, opened as a click on the toolbar button opens it
 * (`chrome.action.openPopup()`, tools/browser/toolbar-popup.mjs) with the Facebook tab in front and a
 * Public composer open. Each opening is read from the popup's own clock, whose zero is its
 * navigation start: the status mark (`audience-guard:popup-status`, set when the tab's
 * status is first in the DOM), the first-render mark, and `domInteractive` (the page parsed;
 * the popup's module scripts run only after it).
 * The time from the openPopup() call to that navigation start (Chromium making the popup's
 * window) is reported too; no figure includes it.
 * With `busyTaskMs`, each opening happens while the Facebook tab's main thread runs tasks of
 * that length back to back (as Facebook's own does while it loads or renders), so the
 * content script can answer only between two of them.
 * @param {Contexts} contexts @param {{ openings: number, busyTaskMs?: number }} opts
 */
export async function measurePopup(contexts, { openings, busyTaskMs = 0 }) {
  const context = await contexts.withExtension();
  const { serviceWorker, browser } = contexts.bench;
  const page = await openFeed(context);
  const cdp = await browser.newBrowserCDPSession();
  try {
    const opened = await call(page, 'openComposer', { audience: 'Public' });
    if (!opened.host) throw new Error('popup setup: no warning host on a Public composer');
    const samples = [];
    for (let i = 0; i < openings; i += 1) {
      await page.bringToFront();
      if (busyTaskMs > 0) await startBusyTasks(page, busyTaskMs, BUSY_FOR_MS);
      const popup = await openToolbarPopup(cdp, serviceWorker);
      try {
        const seen = /** @type {any} */ (await popup.waitFor(`(() => {
          const status = performance.getEntriesByName('audience-guard:popup-status')[0];
          if (!status) return null;
          const element = document.querySelector('[data-testid="tab-status"]');
          return {
            statusMs: status.startTime,
            firstRenderMs: performance.getEntriesByName('audience-guard:popup-rendered')[0]?.startTime ?? null,
            interactiveMs: performance.getEntriesByType('navigation')[0].domInteractive,
            navigationAt: performance.timeOrigin,
            site: element?.getAttribute('data-site'),
            audience: element?.getAttribute('data-audience'),
          };
        })()`));
        if (seen.site !== 'facebook' || seen.audience !== 'public') throw new Error(`popup reported ${seen.site}/${seen.audience}, expected facebook/public`);
        samples.push({ ...seen, windowMs: seen.navigationAt - popup.openedAt });
      } finally {
        await popup.close();
      }
      if (busyTaskMs > 0) await page.waitForFunction(() => /** @type {any} */ (window).benchBusyDone === true, null, { timeout: BUSY_FOR_MS * 4 });
    }
    const statusMs = samples.map((s) => s.statusMs);
    return {
      statusMs,
      p50: median(statusMs),
      p95: percentile(statusMs, 95),
      firstRenderP50: median(samples.filter((s) => s.firstRenderMs !== null).map((s) => s.firstRenderMs)),
      interactiveP50: median(samples.map((s) => s.interactiveMs)),
      afterParseP50: median(samples.map((s) => s.statusMs - s.interactiveMs)),
      windowP50: median(samples.map((s) => s.windowMs)),
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
