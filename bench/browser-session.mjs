// One Chromium for the whole benchmark, with two kinds of browser context side by side:
//   - the default (persistent) context, where the built extension is loaded and its content
//     script runs on www.facebook.com;
//   - off-the-record contexts from `browser.newContext()`, where Chromium does not run
//     extensions unless the user allowed them in incognito (nobody did in a fresh profile).
// Runs with and without the extension can therefore be interleaved in one process, under
// the same CPU conditions. run.mjs checks on every run which of the two it got (the warning
// host appears only where the extension runs), so a mistake here cannot go unnoticed.
//
// Chromium is started by hand with --remote-debugging-port and joined with connectOverCDP,
// because a Playwright persistent context cannot open off-the-record contexts.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/browser.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

/**
 * @typedef {object} BenchBrowser
 * @property {import('playwright-core').Browser} browser
 * @property {import('playwright-core').BrowserContext} extensionContext the context with the extension
 * @property {import('playwright-core').Worker} serviceWorker the extension's service worker
 * @property {string} extensionId
 * @property {number} pid the browser process (its renderers are its descendants)
 * @property {() => Promise<void>} close
 */

/**
 * Starts Chromium with the extension at `extensionPath` and connects to it.
 * @param {string} extensionPath
 * @returns {Promise<BenchBrowser>}
 */
export async function launchBenchBrowser(extensionPath) {
  const options = chromiumLaunchOptions({ extensionPath });
  if (!options.executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH');
  const profile = await mkdtemp(join(tmpdir(), 'ag-bench-'));
  const args = [
    ...options.args,
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
    // Background tabs must not be throttled: the popup is opened next to the Facebook tab.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    'about:blank',
  ];
  const child = spawn(options.executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}):\n${stderr}`));
    });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const [extensionContext] = browser.contexts();
  let [serviceWorker] = extensionContext.serviceWorkers();
  if (!serviceWorker) serviceWorker = await extensionContext.waitForEvent('serviceworker', { timeout: 30000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    browser,
    extensionContext,
    serviceWorker,
    extensionId,
    pid: /** @type {number} a spawned process has one */ (child.pid),
    async close() {
      await browser.close().catch(() => {});
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve(undefined);
          }, 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        });
      }
      // Chromium's helper processes can still be writing the profile for a moment after
      // the browser exits: retry, and never fail a finished measurement on a temp folder.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch((error) => {
        console.error(`bench: could not remove ${profile}: ${error.message}`);
      });
    },
  };
}
