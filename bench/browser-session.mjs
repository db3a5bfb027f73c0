// One Chromium for the whole benchmark, with two kinds of browser context side by side:
//   - the default (persistent) context, where the built extension is loaded and its content
//     script runs on www.facebook.com;
//   - off-the-record contexts from `browser.newContext()`, where Chromium does not run
//     extensions unless the user allowed them in incognito (nobody did in a fresh profile).
// Runs with and without the extension can therefore be interleaved in one process, under
// the same CPU conditions. run.mjs checks on every run which of the two it got (the warning
// host appears only where the extension runs), so a mistake here cannot go unnoticed.
//
// The browser toolkit starts it (tools/browser/chromium.mjs launchChromiumOverCDP: by hand,
// joined over CDP, because a Playwright persistent context cannot open off-the-record
// contexts).
import { launchChromiumOverCDP } from '../tools/browser/chromium.mjs';
import { exitUnlessBrowser } from '../tools/browser/find.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

/** @typedef {import('../tools/browser/chromium.mjs').CdpChromium} BenchBrowser */

/**
 * Starts Chromium with the extension at `extensionPath` and connects to it. Without a
 * Chromium, says what to install in one line and exits.
 * @param {string} extensionPath
 * @returns {Promise<BenchBrowser>}
 */
export async function launchBenchBrowser(extensionPath) {
  exitUnlessBrowser('chromium');
  return launchChromiumOverCDP({
    extensionPath,
    viewport: VIEWPORT,
    // Background tabs must not be throttled: the popup is opened next to the Facebook tab.
    extraArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
}
