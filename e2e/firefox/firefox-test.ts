// The Firefox suite's fixtures: the same shape as the Chromium ones (e2e/extension-test.ts),
// in Firefox ESR with the built dist/firefox, through the browser toolkit (tools/browser/
// firefox.mjs: puppeteer-core over WebDriver BiDi). Pages are puppeteer pages; what the
// specs share with the Chromium suite is everything that is not a browser API: the fixture
// pages (fixture-sites/), their URLs and state readers (facebook-helpers fbUrl, simState,
// rerender), Instagram's API (api-route.mjs), the popup helpers' pages and storage
// readers, and the rule of which requests the extension may make (isAllowedExtensionRequest).
//
// Each worker starts one Firefox and installs the extension once; every test starts from it
// reset: only the extension tab this harness evaluates in (`extension`), no routes of an
// earlier test, no cookies, no site storage, empty extension storage. Tests that need their
// own browser (a language, no extension yet, a short idle timeout) call `launch`.
//
// What this harness cannot see: extension pages send no BiDi load or console events
// (Firefox bug 1755014), so the popup's and options page's console is not recorded; their
// uncaught errors are not either. Web pages' errors are (pageErrors).
import { test as base, expect } from '@playwright/test';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, FIREFOX_OWN_HOSTS, type FirefoxSession } from '../../tools/browser/firefox.mjs';
import { SITES } from '../../tools/browser/fixture-sites.mjs';

export const FIREFOX_EXTENSION_PATH = resolve(import.meta.dirname, '..', '..', process.env.AG_OUT_DIR ?? 'dist', 'firefox');

/**
 * What the shared route helpers need of a browser context (Playwright's BrowserContext in the
 * Chromium suite): routes, cookies, pages.
 */
export interface FirefoxContext {
  route: FirefoxSession['route'];
  addCookies(cookies: Array<{ name: string; value: string; domain: string; path: string; secure?: boolean; sameSite?: 'Lax' | 'Strict' | 'None' }>): Promise<void>;
  newPage(): Promise<Page>;
  pages(): Promise<Page[]>;
  /** Resolves with the next page (tab) that opens, e.g. the Instagram settings tab. */
  waitForPage(predicate?: (url: string) => boolean): Promise<Page>;
}

/** Evaluates in an extension page, with the extension's APIs: what serviceWorker.evaluate is in Chromium. */
export interface ExtensionRealm {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface ExtensionRequestSeen {
  url: string;
  method: string;
  from: 'page-or-content-script' | 'event-page-or-extension-page';
}

export interface FirefoxFixtures {
  firefox: FirefoxSession;
  browserContext: FirefoxContext;
  extension: ExtensionRealm;
  tabIdOf: (page: Page) => Promise<number>;
  /** As in the Chromium suite: the content script's answer after taking every mutation so far; throws if none answers. */
  settled: (page: Page) => Promise<{ site: string; audience: string; state: string | null; [key: string]: unknown }>;
  openPopup: (page: Page) => Promise<Page>;
  openOptions: () => Promise<Page>;
  pageErrors: string[];
  /** Requests refused by the fixture router (not a fixture site) and hosts that reached the proxy, this test. */
  forbiddenRequests: () => ExtensionRequestSeen[];
  /** A Firefox of this test alone (closed after it), for a language, a pref, or no extension yet. */
  launch: (opts?: { lang?: string; prefs?: Record<string, unknown>; install?: boolean }) => Promise<Harness>;
}

/** One Firefox with the harness around it. */
export interface Harness {
  session: FirefoxSession;
  context: FirefoxContext;
  extension: ExtensionRealm;
  tabIdOf: (page: Page) => Promise<number>;
  settled: FirefoxFixtures['settled'];
  openPopup: (page: Page) => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** Opens (again) the extension tab `extension` evaluates in; needed after an install. */
  openRealm: () => Promise<void>;
  close(): Promise<void>;
}

const REALM_PATH = 'src/welcome/index.html';

async function harnessOn(session: FirefoxSession, installed = true): Promise<Harness> {
  const browser: Browser = session.browser;
  let realm: Page | undefined;
  const openRealm = async () => {
    realm = await browser.newPage();
    await session.openExtensionPage(realm, REALM_PATH);
    // The welcome tab the install opened is not ours: close it (ours is the current tab).
    await realm.evaluate(async (path) => {
      const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
      const own = await ext.tabs.getCurrent();
      const welcome = await ext.tabs.query({ url: ext.runtime.getURL(path) });
      await ext.tabs.remove(welcome.filter((t) => t.id !== own?.id).map((t) => t.id!));
    }, REALM_PATH);
  };
  const extension: ExtensionRealm = {
    evaluate: (async (fn: (arg: unknown) => unknown, arg?: unknown) => {
      if (!realm || realm.isClosed()) await openRealm();
      try {
        return await realm!.evaluate(fn as never, arg as never);
      } catch (error) {
        // An update of the extension closes its pages, the realm's tab too: open it again.
        if (!/no such frame|not found|closed|destroyed/i.test(String(error))) throw error;
        await openRealm();
        return realm!.evaluate(fn as never, arg as never);
      }
    }) as ExtensionRealm['evaluate'],
  };
  const context: FirefoxContext = {
    route: session.route,
    addCookies: async (cookies) => {
      await browser.defaultBrowserContext().setCookie(...cookies.map((c) => ({ ...c, sameSite: c.sameSite ?? 'Lax' })));
    },
    newPage: () => browser.newPage(),
    pages: () => browser.pages(),
    waitForPage: async (predicate = () => true) => {
      const target = await browser.waitForTarget((t) => t.type() === 'page' && predicate(t.url()), { timeout: 15_000 });
      return (await target.page())!;
    },
  };
  const tabIdOf = async (page: Page) => {
    // As in Chromium: the tab brought to front is the active one of the focused window. The
    // realm first (reopened after an update, it would come to front itself).
    await extension.evaluate(() => 0);
    await page.bringToFront();
    const id = await extension.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
      const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error('tab not found');
    return id;
  };
  const settled = async (page: Page) => {
    const tabId = await tabIdOf(page);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const answer = await extension.evaluate(async (id) => {
        const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
        try {
          return (await ext.tabs.sendMessage(id, { type: 'popup:get-status' })) as { site: string; audience: string; state: string | null } | undefined;
        } catch {
          return undefined; // no content script in the tab (yet)
        }
      }, tabId);
      if (answer && typeof answer === 'object' && 'site' in answer) return answer;
      if (Date.now() > deadline) throw new Error(`no content script answered in tab ${tabId}`);
      // The content script starts at document_idle: ask again until it answers.
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const openPopup = async (page: Page) => {
    const tabId = await tabIdOf(page);
    // A window of its own, as the toolbar's popup is a panel over the page: opened as a tab it
    // would put the page behind it, hidden, where Firefox clamps timers to a second and a
    // switch run from the popup waits seconds per step (not what a person's click meets).
    const popup = await browser.newPage({ type: 'window' });
    await popup.setViewport({ width: 380, height: 640 });
    await session.openExtensionPage(popup, `src/popup/index.html?tabId=${tabId}`);
    return popup;
  };
  const openOptions = async () => {
    const options = await browser.newPage();
    await session.openExtensionPage(options, 'src/options/index.html');
    // Its document is ready before its settings are rendered (they are read from storage first).
    await options.waitForSelector('[data-setting]', { timeout: 10_000 });
    return options;
  };
  if (installed) await openRealm();
  return {
    session,
    context,
    extension,
    tabIdOf,
    settled,
    openPopup,
    openOptions,
    openRealm,
    close: session.close,
  };
}

/** Back to what a new profile holds: only the realm tab, no routes, cookies, site or extension storage. */
async function reset(h: Harness): Promise<void> {
  const { session } = h;
  session.unrouteAll();
  await h.extension.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    const own = await ext.tabs.getCurrent();
    const others = (await ext.tabs.query({})).filter((t) => t.id !== own?.id).map((t) => t.id!);
    await ext.tabs.remove(others);
    await Promise.all([ext.storage.local.clear(), ext.storage.sync.clear(), ext.storage.session.clear()]);
  });
  await session.browser.deleteCookie(...(await session.browser.cookies()));
  // The fixture sites keep things in localStorage (Instagram's simulator its language): a
  // page at each of their origins clears it (the 404 page is enough).
  const page = await session.browser.newPage();
  for (const host of Object.keys(SITES)) {
    await page.goto(`https://${host}/__reset`);
    await page.evaluate(() => localStorage.clear());
  }
  await page.close();
}

/** The requests of `session` since `from` that the extension must not have made. */
function forbiddenSince(session: FirefoxSession, from: { requests: number; proxied: number }): ExtensionRequestSeen[] {
  const refused = session.requests
    .slice(from.requests)
    .filter((r) => r.answer === 'refused')
    .map((r) => ({ url: r.url, method: r.method, from: 'page-or-content-script' as const }));
  const proxied = session.proxied
    .slice(from.proxied)
    .filter((p) => !FIREFOX_OWN_HOSTS.has(p.host))
    .map((p) => ({ url: p.host, method: p.line.split(' ')[0] ?? '', from: 'event-page-or-extension-page' as const }));
  return [...refused, ...proxied];
}

interface WorkerFixtures {
  shared: Harness;
}

export const test = base.extend<FirefoxFixtures & { harness: Harness }, WorkerFixtures>({
  shared: [
    async ({}, use) => {
      const session = await launchFirefox({ extensionPath: FIREFOX_EXTENSION_PATH });
      const h = await harnessOn(session);
      await use(h);
      await h.close();
    },
    { scope: 'worker', box: true },
  ],
  harness: [
    async ({ shared, pageErrors }, use) => {
      await reset(shared);
      const onPage = (target: import('puppeteer-core').Target) => {
        void target.page().then(
          (page) => page?.on('pageerror', (error) => pageErrors.push(String(error))),
          () => undefined,
        );
      };
      shared.session.browser.on('targetcreated', onPage);
      await use(shared);
      shared.session.browser.off('targetcreated', onPage);
    },
    { box: true },
  ],
  firefox: async ({ harness }, use) => use(harness.session),
  browserContext: async ({ harness }, use) => use(harness.context),
  extension: async ({ harness }, use) => use(harness.extension),
  tabIdOf: async ({ harness }, use) => use(harness.tabIdOf),
  settled: async ({ harness }, use) => use(harness.settled),
  openPopup: async ({ harness }, use) => use(harness.openPopup),
  openOptions: async ({ harness }, use) => use(harness.openOptions),
  pageErrors: async ({}, use) => use([]),
  forbiddenRequests: [
    async ({ harness }, use) => {
      const from = { requests: harness.session.requests.length, proxied: harness.session.proxied.length };
      const forbidden = () => forbiddenSince(harness.session, from);
      await use(forbidden);
      // After every test, as in the Chromium suite: the extension sent nothing anywhere.
      // (Tabs close first: what it sends on its way out counts too.)
      await harness.extension
        .evaluate(async () => {
          const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
          const own = await ext.tabs.getCurrent();
          await ext.tabs.remove((await ext.tabs.query({})).filter((t) => t.id !== own?.id).map((t) => t.id!));
        })
        .catch(() => undefined);
      expect(forbidden(), 'the extension made network requests it must not make').toEqual([]);
    },
    { auto: true, box: true },
  ],
  launch: async ({}, use) => {
    const own: Harness[] = [];
    await use(async (opts = {}) => {
      const session = await launchFirefox({ extensionPath: FIREFOX_EXTENSION_PATH, ...opts });
      const h = await harnessOn(session, opts.install !== false);
      own.push(h);
      return h;
    });
    await Promise.all(own.map((h) => h.close()));
  },
});

export { expect };
