// The one e2e fixture module every test uses: a fresh Chromium profile per test with the
// built extension loaded, the fixture sites routed at their real URLs, the extension id
// taken from its service worker, and helpers to reach the popup and the warning.
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker, type Locator } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from './browser.mjs';
import { routeFixtureSites } from './serve-fixtures.mjs';

export const EXTENSION_PATH = resolve(import.meta.dirname, '..', process.env.AG_OUT_DIR ?? 'dist', 'chrome');

export interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup as a page reporting on `page`'s tab (CONTRACT.md: `?tabId=`). */
  openPopup: (page: Page) => Promise<Page>;
  /** The tab id Chromium gave `page`. */
  tabIdOf: (page: Page) => Promise<number>;
  /**
   * Reloads the extension the way an update does (chrome://extensions' reload, with
   * developer mode on: without it, Chromium disables a reloaded unpacked extension).
   */
  reloadExtension: () => Promise<void>;
  /** Console lines and uncaught errors of every page, to assert that nothing was thrown. */
  pageErrors: string[];
  /**
   * Every network request the extension itself started (from its content script, its
   * service worker or its pages), recorded in every test. After each test, anything but
   * Instagram's same-origin privacy request fails the test: the extension sends nothing.
   */
  extensionRequests: ExtensionRequest[];
}

export interface ExtensionRequest {
  url: string;
  method: string;
  from: 'content-script' | 'service-worker' | 'extension-page';
}

/** The one request the extension may make: Instagram's own API, same origin, read-only. */
export function isAllowedExtensionRequest(r: ExtensionRequest): boolean {
  const url = new URL(r.url);
  return (
    r.from === 'content-script' &&
    r.method === 'GET' &&
    url.origin === 'https://www.instagram.com' &&
    url.pathname === '/api/v1/accounts/current_user/'
  );
}

export const test = base.extend<ExtensionFixtures>({
  pageErrors: async ({}, use) => {
    await use([]);
  },
  extensionRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ pageErrors, extensionRequests }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'ag-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions({ extensionPath: EXTENSION_PATH }),
      viewport: { width: 1280, height: 900 },
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      void recordContentScriptRequests(context, page, extensionRequests);
    });
    // Requests of the service worker and of extension pages (popup, options) over http(s).
    context.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return;
      const from = request.serviceWorker()
        ? 'service-worker'
        : request.frame()?.url().startsWith('chrome-extension://')
          ? 'extension-page'
          : null;
      if (from) extensionRequests.push({ url: request.url(), method: request.method(), from });
    });
    await routeFixtureSites(context);
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
    const forbidden = extensionRequests.filter((r) => !isAllowedExtensionRequest(r));
    expect(forbidden, 'the extension made network requests it must not make').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      // The tab brought to front is the active one. Titles and URLs of tabs outside the
      // host permissions are hidden from the extension, so "active" is the handle.
      await page.bringToFront();
      const id = await serviceWorker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: import('webextension-polyfill').Browser }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('tab not found');
      return id;
    });
  },
  reloadExtension: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      await page.evaluate(async (id) => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: {
          updateProfileConfiguration(c: object): Promise<void>;
          reload(id: string, o: object): Promise<void>;
        } } }).chrome.developerPrivate;
        await dev.updateProfileConfiguration({ inDeveloperMode: true });
        await dev.reload(id, { failQuietly: true });
      }, extensionId);
      await page.close();
    });
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      return popup;
    });
  },
});

export { expect };

/**
 * A content script's requests look like the page's own to the network; the initiator's
 * stack tells them apart (its frames are in chrome-extension://…/content script). This
 * listens through a CDP session on each page.
 */
async function recordContentScriptRequests(context: BrowserContext, page: Page, log: ExtensionRequest[]) {
  try {
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!/^https?:/.test(event.request.url)) return;
      // Only the frame that called fetch/XHR counts. Deeper (async) frames would also blame
      // the extension for the site's own requests that its clicks on the site's UI cause.
      const caller = event.initiator?.stack?.callFrames.find((f) => f.url !== '');
      if (caller?.url.startsWith('chrome-extension://')) {
        log.push({ url: event.request.url, method: event.request.method, from: 'content-script' });
      }
    });
    await cdp.send('Network.enable');
  } catch {
    // The page closed before the session attached: it made no requests of ours.
  }
}

/** The warning host(s) inside `scope` (CONTRACT.md). */
export function warningHost(scope: Page | Locator): Locator {
  return scope.locator('[data-audience-guard="warning"]');
}

/** A button inside the warning's shadow root (Playwright's CSS pierces open shadow roots). */
export function warningAction(scope: Page | Locator, action: 'make-private' | 'dismiss'): Locator {
  return warningHost(scope).locator(`[data-action="${action}"]`);
}
