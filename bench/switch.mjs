// The one-click switch's speed: click on "Switch to Friends" to data-state="done", through the
// project's Facebook fixture (fixture-sites/facebook/sim.js) with the in-place chooser whose
// panels slide in and out with 250 ms CSS transitions, as Facebook's do (docs/MARKUP.md "The
// audience chooser"). Timed in the page (performance.now() at the trusted click and at the
// host's state change), one fresh page load per switch.
//
// Its machine-independent twin is the count of switch steps that had to wait for their
// timeout (the content script says so on the console: STEP_TIMEOUT_LINE in
// src/sites/facebook/chooser.ts): a step that proceeds only when its timeout fires is a wait
// that missed the end of a slide, whatever the machine's speed. Budget: 0.
import { launchBenchBrowser } from './browser-session.mjs';
import { percentile } from './stats.mjs';
import { routeFixtureSites } from '../tools/browser/fixture-sites.mjs';

/** The console line of a step that waited for its timeout (src/sites/facebook/chooser.ts). */
const STEP_TIMEOUT_LINE = '[Audience Guard] a switch step waited for its timeout:';
/** The fixture's own slide, each way. */
export const SLIDE_MS = 250;
/** Per switch the fixture slides twice in sequence: the chooser in, then out (the composer back in with it). */
const SLIDES_PER_SWITCH = 2;

/**
 * @param {string} extensionPath
 * @param {{ switches: number }} options
 */
export async function measureSwitches(extensionPath, { switches }) {
  const bench = await launchBenchBrowser(extensionPath);
  try {
    await routeFixtureSites(bench.extensionContext);
    const page = await bench.extensionContext.newPage();
    // In front, as the person who clicks sees it (and as every other figure is measured): a
    // tab behind another one gets no animation frames and throttled timers.
    // The install's welcome tab can open after this page did: close every other page.
    for (const other of bench.extensionContext.pages()) if (other !== page) await other.close();
    await page.bringToFront();
    /** @type {string[]} */
    const timedOut = [];
    page.on('console', (m) => {
      if (m.text().startsWith(STEP_TIMEOUT_LINE)) timedOut.push(m.text().slice(STEP_TIMEOUT_LINE.length).trim());
    });
    /** @type {number[]} */
    const ms = [];
    for (let i = 0; i < switches; i++) {
      await page.goto(`https://www.facebook.com/?slide=${SLIDE_MS}`);
      if (await page.evaluate(() => document.visibilityState) !== 'visible') throw new Error(`switch ${i + 1}: the page is not in front`);
      const host = page.locator('[data-audience-guard="warning"][data-audience="public"]');
      await host.waitFor({ state: 'visible', timeout: 15000 });
      await host.evaluate((el) => {
        const w = /** @type {any} */ (window);
        w.__switch = { clickAt: 0, doneAt: 0 };
        el.addEventListener('click', () => (w.__switch.clickAt ||= performance.now()), { capture: true });
        new MutationObserver(() => {
          if (el.getAttribute('data-state') === 'done') w.__switch.doneAt ||= performance.now();
        }).observe(el, { attributes: true });
      });
      await host.locator('[data-action="make-private"]').click();
      await page.locator('[data-audience-guard="warning"][data-state="done"]').waitFor({ timeout: 20000 });
      const t = await page.evaluate(() => /** @type {any} */ (window).__switch);
      if (!(t.clickAt > 0 && t.doneAt > t.clickAt)) throw new Error(`switch ${i + 1}: no timing (${JSON.stringify(t)})`);
      ms.push(t.doneAt - t.clickAt);
    }
    return {
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      ms,
      stepTimeouts: timedOut.length,
      timedOutSteps: timedOut,
      fixtureSlideMs: SLIDE_MS,
      fixtureDelayMs: SLIDE_MS * SLIDES_PER_SWITCH,
    };
  } finally {
    await bench.close();
  }
}
