// Chromium with the built extension, for the e2e tests, the demo and the bench.
//   chromiumLaunchOptions: Playwright launch options (quiet flags, the extension, the binary);
//   launchChromium: a persistent profile with the extension and the fixture sites routed, its
//     service worker and extension id (the e2e fixture, the locale test and the demo);
//   launchChromiumOverCDP: Chromium started by hand and joined over CDP, for the bench, which
//     needs off-the-record contexts next to the extension's (a persistent context has none).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable } from './find.mjs';
import { routeFixtureSites } from './fixture-sites.mjs';

export { chromiumExecutable };

// Without these, Chromium on a closed network keeps trying to reach Google's services.
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

/** @param {{ headless?: boolean, extensionPath?: string, args?: string[] }} [opts] */
export function chromiumLaunchOptions(opts = {}) {
  const args = [...QUIET_FLAGS, ...(opts.args ?? [])];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (opts.extensionPath) {
    args.push(`--disable-extensions-except=${opts.extensionPath}`, `--load-extension=${opts.extensionPath}`);
  }
  const executablePath = chromiumExecutable();
  return { headless: opts.headless ?? true, args, ...(executablePath ? { executablePath } : {}) };
}

/**
 * @typedef {object} ChromiumSession
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Worker} serviceWorker the extension's service worker
 * @property {string} extensionId
 * @property {() => Promise<void>} close closes the browser and removes its profile
 */

/**
 * A new Chromium profile with the extension at `extensionPath` and the fixture sites routed
 * at their real URLs (fixture-sites.mjs). `lang` sets the UI language (chrome.i18n follows
 * it) and the locale; `beforeRoutes` runs on the context before the fixture routes are added
 * (the e2e fixture starts its request recorders there, so the install's requests count).
 * @param {{ extensionPath: string, headless?: boolean, lang?: string, locale?: string,
 *   colorScheme?: 'light' | 'dark', viewport?: { width: number, height: number },
 *   beforeRoutes?: (context: import('playwright-core').BrowserContext) => void }} opts
 * @returns {Promise<ChromiumSession>}
 */
export async function launchChromium(opts) {
  const dir = await mkdtemp(join(tmpdir(), 'ag-chromium-'));
  const lang = opts.lang;
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions({ headless: opts.headless, extensionPath: opts.extensionPath, args: lang ? [`--lang=${lang}`] : [] }),
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    ...(opts.locale ?? lang ? { locale: opts.locale ?? lang } : {}),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    ...(lang ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } } : {}),
  });
  opts.beforeRoutes?.(context);
  await routeFixtureSites(context);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await context.close();
      // Chromium's helper processes can still be writing the profile for a moment.
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/**
 * @typedef {object} CdpChromium
 * @property {import('playwright-core').Browser} browser
 * @property {import('playwright-core').BrowserContext} extensionContext the default context, with the extension
 * @property {import('playwright-core').Worker} serviceWorker
 * @property {string} extensionId
 * @property {number} pid the browser process (its renderers are its descendants)
 * @property {() => Promise<void>} close
 */

/**
 * Starts Chromium by hand (headless, --remote-debugging-port) with the extension and joins
 * it with connectOverCDP, so that `browser.newContext()` gives off-the-record contexts where
 * the extension does not run. `extraArgs` are added to the command line.
 * @param {{ extensionPath: string, extraArgs?: string[], viewport: { width: number, height: number } }} opts
 * @returns {Promise<CdpChromium>}
 */
export async function launchChromiumOverCDP({ extensionPath, extraArgs = [], viewport }) {
  const options = chromiumLaunchOptions({ extensionPath });
  const executablePath = options.executablePath ?? chromium.executablePath();
  const profile = await mkdtemp(join(tmpdir(), 'ag-bench-'));
  const args = [
    ...options.args,
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--window-size=${viewport.width},${viewport.height}`,
    ...extraArgs,
    'about:blank',
  ];
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
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
  const browser = await chromium.connectOverCDP(/** @type {string} */ (endpoint));
  const [extensionContext] = browser.contexts();
  if (!extensionContext) throw new Error('Chromium has no default context');
  let [serviceWorker] = extensionContext.serviceWorkers();
  if (!serviceWorker) serviceWorker = await extensionContext.waitForEvent('serviceworker', { timeout: 30000 });
  return {
    browser,
    extensionContext,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    pid: /** @type {number} */ (child.pid),
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
