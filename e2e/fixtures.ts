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
  /** Console lines and uncaught errors of every page, to assert that nothing was thrown. */
  pageErrors: string[];
}

export const test = base.extend<ExtensionFixtures>({
  pageErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ pageErrors }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'ag-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions({ extensionPath: EXTENSION_PATH }),
      viewport: { width: 1280, height: 900 },
    });
    context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(String(error))));
    await routeFixtureSites(context);
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
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

/** The warning host(s) inside `scope` (CONTRACT.md). */
export function warningHost(scope: Page | Locator): Locator {
  return scope.locator('[data-audience-guard="warning"]');
}

/** A button inside the warning's shadow root (Playwright's CSS pierces open shadow roots). */
export function warningAction(scope: Page | Locator, action: 'make-private' | 'dismiss'): Locator {
  return warningHost(scope).locator(`[data-action="${action}"]`);
}
