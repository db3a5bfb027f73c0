// The benchmark's measurements, one function per figure group. bench/README.md explains
// each method; run.mjs decides which run and compares them with the budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openFeed, routeFeed } from './serve-page.mjs';
import { median, percentile } from './stats.mjs';
import { cpuMsBetween, rendererMainThreads } from './cpu-time.mjs';

/** @typedef {import('./browser-session.mjs').BenchBrowser} BenchBrowser */
/** @typedef {import('playwright-core').Page} Page */

/** The content script named in the built manifest, raw and after gzip -9. @param {string} extensionPath */
export function contentScriptSize(extensionPath) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  // One script per site: the figure is the largest, the one a budget must hold for.
  const sizes = manifest.content_scripts.flatMap((c) => c.js).map((file) => {
    const bytes = readFileSync(join(extensionPath, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return sizes.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
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

/** @param {Page} page @param {string} fn @param {unknown} [arg] */
const call = (page, fn, arg) => page.evaluate(([name, a]) => window.__fbBench[name](a), [fn, arg]);

/** Runs window.__fbBench.repeat in the page; throws with the page's reason on a bad sample. */
async function repeat(page, what, options) {
  const { error, samples, frames } = await call(page, 'repeat', options);
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

/** Forces garbage collection (several passes: DOM wrappers die over more than one) and reads the DOM counters. */
async function domCounters(cdp) {
  for (let i = 0; i < 2; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { documents, nodes, jsEventListeners };
}

/**
 * DOM counters before and after `cycles` composer open/close cycles on a quiet feed (no
 * churn), on `withPage` (extension; closed here) and, as a control, on a fresh page without
 * it. Without the control (`control: false`, CI's short run) nothing is subtracted, which
 * is stricter: the page's own drift would count as a leak.
 * @param {Contexts} contexts @param {Page} withPage @param {{ cycles: number, control?: boolean }} opts
 */
export async function measureLeaks(contexts, withPage, { cycles, control = true }) {
  const out = {};
  // One side at a time, the measured page in front: a page behind another window could be
  // given no animation frames, and every cycle waits for frames.
  const sides = [
    ['withExtension', async () => withPage, true],
    ...(control ? [['withoutExtension', async () => openFeed(await contexts.withoutExtension()), false]] : []),
  ];
  for (const [name, open, expectHost] of sides) {
    const page = await open();
    try {
      await page.bringToFront();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      // Warm-up: one-time allocations (the warning UI's first render, the page's probe).
      await repeat(page, `${name}, warm-up`, { kind: 'cycle', n: 3, expectHost });
      await page.waitForTimeout(500);
      const before = await domCounters(cdp);
      await repeat(page, `${name}, cycles`, { kind: 'cycle', n: cycles, expectHost });
      await page.waitForTimeout(500);
      const after = await domCounters(cdp);
      out[name] = { before, after };
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  const delta = (side, key) => (out[side] ? out[side].after[key] - out[side].before[key] : 0);
  return {
    ...out,
    // The page's own drift (the same cycles without the extension) is subtracted; it is
    // reported beside, and is 0 when the page holds no references itself.
    leakedNodes: delta('withExtension', 'nodes') - delta('withoutExtension', 'nodes'),
    leakedListeners: delta('withExtension', 'jsEventListeners') - delta('withoutExtension', 'jsEventListeners'),
    pageDriftNodes: delta('withoutExtension', 'nodes'),
    pageDriftListeners: delta('withoutExtension', 'jsEventListeners'),
  };
}

/**
 * One scripted session on a fresh page: CDP Performance metrics, and the CPU time of the
 * renderer main threads (Linux), before and after.
 */
async function session(context, expectHost, browserPid) {
  const page = await openFeed(context);
  try {
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await read();
    const cpuBefore = rendererMainThreads(browserPid);
    const result = await call(page, 'runSession', 300);
    const cpuAfter = rendererMainThreads(browserPid);
    const after = await read();
    await cdp.detach();
    if (result.hostSeen !== expectHost) {
      throw new Error(`overhead session ${expectHost ? 'with' : 'without'} the extension: warning host ${result.hostSeen ? 'seen' : 'not seen'}`);
    }
    const d = (key) => (after[key] ?? 0) - (before[key] ?? 0);
    return {
      taskMs: d('TaskDuration') * 1000,
      scriptMs: d('ScriptDuration') * 1000,
      layoutMs: d('LayoutDuration') * 1000,
      styleMs: d('RecalcStyleDuration') * 1000,
      cpuMs: cpuMsBetween(cpuBefore, cpuAfter),
    };
  } finally {
    await page.close();
  }
}

/**
 * Main-thread time of the same scripted session with and without the extension, runs
 * interleaved A B A B ... in one browser. The ratio is of the main threads' CPU time where
 * Linux tells it (see cpu-time.mjs), else of DevTools' TaskDuration; both are reported.
 * @param {Contexts} contexts @param {{ pairs: number }} opts
 */
export async function measureOverhead(contexts, { pairs }, progress = () => {}) {
  const withExt = await contexts.withExtension();
  const without = await contexts.withoutExtension();
  const { pid } = contexts.bench;
  // One unmeasured session each first: compile caches and the first layouts.
  await session(withExt, true, pid);
  await session(without, false, pid);
  const runs = [];
  for (let i = 0; i < pairs; i += 1) {
    const a = await session(withExt, true, pid);
    const b = await session(without, false, pid);
    const cpuRatio = a.cpuMs !== null && b.cpuMs ? a.cpuMs / b.cpuMs : null;
    runs.push({ with: a, without: b, cpuRatio, taskRatio: a.taskMs / b.taskMs, scriptRatio: a.scriptMs / b.scriptMs });
    const cpu = cpuRatio === null ? '' : `cpu ${a.cpuMs.toFixed(0)} / ${b.cpuMs.toFixed(0)} ms, `;
    progress(`overhead pair ${i + 1}/${pairs}: ${cpu}task ${a.taskMs.toFixed(0)} / ${b.taskMs.toFixed(0)} ms, script ${a.scriptMs.toFixed(0)} / ${b.scriptMs.toFixed(0)} ms`);
  }
  const cpuRatio = runs.every((r) => r.cpuRatio !== null) ? median(runs.map((r) => r.cpuRatio)) : null;
  const taskRatio = median(runs.map((r) => r.taskRatio));
  return {
    runs,
    overheadRatio: cpuRatio ?? taskRatio,
    basis: cpuRatio === null ? 'TaskDuration' : 'main-thread CPU time',
    cpuRatio,
    taskRatio,
    scriptRatio: median(runs.map((r) => r.scriptRatio)),
    scriptMsAddedP50: median(runs.map((r) => r.with.scriptMs - r.without.scriptMs)),
  };
}

/**
 * Opens the popup as a page reporting on the Facebook tab (CONTRACT.md `?tabId=`), `openings`
 * times, and times navigation start -> [data-testid="tab-status"] in the DOM.
 * @param {Contexts} contexts @param {{ openings: number }} opts
 */
export async function measurePopup(contexts, { openings }) {
  const context = await contexts.withExtension();
  const { serviceWorker, extensionId } = contexts.bench;
  const page = await openFeed(context);
  try {
    const opened = await call(page, 'openComposer', { audience: 'Public' });
    if (!opened.host) throw new Error('popup setup: no warning host on a Public composer');
    await page.bringToFront();
    const tabId = await serviceWorker.evaluate(async () => {
      const [tab] = await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (tabId < 0) throw new Error('popup: the Facebook tab was not found');
    const statusMs = [];
    const firstRenderMs = [];
    for (let i = 0; i < openings; i += 1) {
      const popup = await context.newPage();
      await popup.addInitScript(() => {
        // performance.now() counts from the navigation start of this page.
        const record = () => {
          const status = document.querySelector('[data-testid="tab-status"]');
          if (status && !window.__statusAt) window.__statusAt = { ms: performance.now(), site: status.getAttribute('data-site'), audience: status.getAttribute('data-audience') };
        };
        new MutationObserver(record).observe(document, { childList: true, subtree: true });
      });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      await popup.waitForFunction(() => Boolean(window.__statusAt), null, { timeout: 10000 });
      const seen = await popup.evaluate(() => ({ ...window.__statusAt, mark: performance.getEntriesByName('audience-guard:popup-rendered')[0]?.startTime ?? null }));
      if (seen.site !== 'facebook' || seen.audience !== 'public') throw new Error(`popup reported ${seen.site}/${seen.audience}, expected facebook/public`);
      statusMs.push(seen.ms);
      if (seen.mark !== null) firstRenderMs.push(seen.mark);
      await popup.close();
      await page.bringToFront();
    }
    return { statusMs, firstRenderMs, p50: median(statusMs), p95: percentile(statusMs, 95), firstRenderP50: median(firstRenderMs) };
  } finally {
    await page.close();
  }
}
