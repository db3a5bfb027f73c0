// The Playwright fixtures every Chromium e2e test uses (not to be confused with the fixture
// pages in fixture-sites/): Chromium with the built extension loaded and the fixture sites
// routed at their real URLs (both by the browser toolkit, tools/browser/), the extension id
// taken from its service worker, and helpers to reach the popup and the warning.
//
// A new profile costs ~3.5 s of CPU to launch, install and close, and the suite is CPU-bound
// on the 2-core CI machine. So each worker launches one profile and every test starts from it
// reset to what a new one holds (resetSharedProfile, ~0.5 s of CPU): only an about:blank tab,
// only the fixture routes, no cookies, no site storage, empty extension storage, a restarted
// service worker. Each test's recorders (pageErrors, extensionRequests) are its own. A test
// that needs what only a new profile gives (the install itself, reloading the extension)
// asks for one: test.use({ freshProfile: true }).
import { test as base, expect, type BrowserContext, type Page, type Request, type Worker, type Locator } from '@playwright/test';
import { resolve } from 'node:path';
import { launchChromium } from '../tools/browser/chromium.mjs';
import { routeFixtureSites, SITES } from '../tools/browser/fixture-sites.mjs';

export const EXTENSION_PATH = resolve(import.meta.dirname, '..', process.env.AG_OUT_DIR ?? 'dist', 'chrome');

export interface ExtensionFixtures {
  /**
   * A new Chromium profile for this test alone, instead of the worker's shared one reset.
   * For tests of the install itself (the welcome page) or that reload the extension.
   */
  freshProfile: boolean;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup as a page reporting on `page`'s tab (docs/CONTRACT.md: `?tabId=`). */
  openPopup: (page: Page) => Promise<Page>;
  /** The tab id Chromium gave `page`. */
  tabIdOf: (page: Page) => Promise<number>;
  /**
   * The positive signal every absence check waits on: asks `page`'s content script for its
   * status, which it answers only after taking every mutation made so far and placing (or
   * removing) its hosts synchronously. Resolves with that status; throws when no content
   * script answers (so an absence check cannot pass because the extension never ran).
   */
  settled: (page: Page) => Promise<SettledStatus>;
  /**
   * Reloads the extension the way an update does (chrome://extensions' reload, with
   * developer mode on: without it, Chromium disables a reloaded unpacked extension).
   * Only with a fresh profile: it would change the shared one for every later test.
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
  /**
   * The profile this test runs in, with this test's recorders on it and, after the test,
   * the check of what they recorded. (Internal: tests use context, serviceWorker, extensionId.)
   */
  profile: Profile;
}

/** What the content script reports (docs/CONTRACT.md vocabulary), as `settled` returns it. */
export interface SettledStatus {
  site: string;
  audience: string;
  state: string | null;
  [key: string]: unknown;
}

interface WorkerFixtures {
  /** The worker's one profile, launched by the first test that asks, reset for every test. */
  sharedProfile: { get(recorder: Recorder): Promise<Profile> };
}

/** A running Chromium profile with the extension loaded. */
interface Profile {
  context: BrowserContext;
  /** A profile of this test alone, closed after it; otherwise the worker's shared one. */
  fresh: boolean;
  serviceWorker: Worker;
  close(): Promise<void>;
  /**
   * The shared profile's first tab, about:blank, kept open from test to test as a new
   * profile's first tab is. With it the window stays: a test's first page opens as a tab
   * instead of a new window (about 1 s of CPU less per test), and the reset reaches CDP
   * through it instead of opening a page of its own.
   */
  anchor?: { page: Page; cdp: CDPSession };
}

type CDPSession = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

export interface ExtensionRequest {
  url: string;
  method: string;
  from: 'content-script' | 'service-worker' | 'extension-page';
}

/**
 * The requests the extension may make: Instagram's own API, same origin, read-only: the
 * account's privacy, and a post author's (comment warnings, web_profile_info).
 */
export function isAllowedExtensionRequest(r: ExtensionRequest): boolean {
  const url = new URL(r.url);
  return (
    r.from === 'content-script' &&
    r.method === 'GET' &&
    url.origin === 'https://www.instagram.com' &&
    (url.pathname === '/api/v1/accounts/current_user/' || url.pathname === '/api/v1/users/web_profile_info/')
  );
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  freshProfile: [false, { option: true }],
  sharedProfile: [
    async ({}, use) => {
      // Lazy: a worker that only runs fresh-profile tests launches no second browser.
      let shared: Promise<Profile> | undefined;
      await use({
        get: async (recorder) => {
          if (!shared) {
            // The install is recorded, as in a new profile: for the first test.
            shared = launchProfile(false, recorder);
          } else {
            // Requests first, so that what the service worker sends as it starts again
            // counts; pages once the reset's own are gone.
            recorder.recordRequests((await shared).context);
          }
          const profile = await shared;
          await resetSharedProfile(profile);
          recorder.recordPages(profile.context);
          return profile;
        },
      });
      if (shared) await (await shared).close();
    },
    { scope: 'worker', box: true },
  ],
  profile: [
    async ({ freshProfile, sharedProfile, pageErrors, extensionRequests }, use) => {
      const recorder = new Recorder(pageErrors, extensionRequests);
      const profile = freshProfile ? await launchProfile(true, recorder) : await sharedProfile.get(recorder);
      await use(profile);
      // Still recording while the pages (or the whole fresh profile) close: what the
      // extension sends on its way out counts too.
      if (profile.fresh) await profile.close();
      else await closePages(profile.context, profile.anchor?.page);
      recorder.stop();
      const forbidden = extensionRequests.filter((r) => !isAllowedExtensionRequest(r));
      expect(forbidden, 'the extension made network requests it must not make').toEqual([]);
    },
    { box: true },
  ],
  pageErrors: async ({}, use) => {
    await use([]);
  },
  extensionRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ profile }, use) => {
    await use(profile.context);
  },
  serviceWorker: async ({ profile }, use) => {
    await use(profile.serviceWorker);
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
  settled: async ({ serviceWorker, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const answer = await serviceWorker.evaluate(async (id) => {
          const api = (globalThis as unknown as { chrome: import('webextension-polyfill').Browser }).chrome;
          try {
            return (await api.tabs.sendMessage(id, { type: 'popup:get-status' })) as SettledStatus | undefined;
          } catch {
            return undefined; // no content script in the tab (yet)
          }
        }, tabId);
        if (answer && typeof answer === 'object' && 'site' in answer) return answer;
        // The content script starts at document_idle: ask again until it answers.
        if (Date.now() > deadline) throw new Error(`no content script answered in tab ${tabId}`);
        await page.waitForLoadState('load');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  },
  reloadExtension: async ({ context, extensionId, profile }, use) => {
    await use(async () => {
      // Developer mode and a reloaded extension would stay for every later test.
      if (!profile.fresh) throw new Error('reloadExtension needs test.use({ freshProfile: true })');
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

/**
 * A new Chromium profile with the extension, recorded from the start, and installed: the
 * welcome page the install opens is there (a fresh profile's test finds it; the shared one's
 * first reset closes it). Waited for, it cannot come up over a test's page, which would then
 * be a background tab where Chromium all but stops animation frames and Playwright's actions
 * crawl.
 */
async function launchProfile(fresh: boolean, recorder: Recorder): Promise<Profile> {
  const chromium = await launchChromium({
    extensionPath: EXTENSION_PATH,
    viewport: { width: 1280, height: 900 },
    beforeRoutes: (context) => {
      recorder.recordRequests(context);
      recorder.recordPages(context);
    },
  });
  const { context, serviceWorker } = chromium;
  const welcome = new URL('src/welcome/index.html', serviceWorker.url()).href;
  // Polled: a new tab's URL is still about:blank when its 'page' event fires. (If it never
  // comes, the welcome test says so.)
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(50)) {
    if (context.pages().some((p) => p.url() === welcome)) break;
  }
  const first = fresh ? undefined : context.pages().find((p) => p.url() === 'about:blank');
  return {
    context,
    fresh,
    serviceWorker,
    close: chromium.close,
    ...(first ? { anchor: await anchorOn(context, first) } : {}),
  };
}

async function anchorOn(context: BrowserContext, page: Page): Promise<NonNullable<Profile['anchor']>> {
  return { page, cdp: await context.newCDPSession(page) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function closePages(context: BrowserContext, keep?: Page): Promise<void> {
  await Promise.all(context.pages().filter((page) => page !== keep).map((page) => page.close()));
}

/**
 * Brings the shared profile back to what a new one holds, short of the install: only the
 * about:blank first tab open, only the fixture sites routed, no cookies, nothing stored by
 * the sites or by the extension, and the extension's service worker started anew (its
 * memory holds pending Instagram privacy requests and a queue of messages; MV3 workers
 * restart all the time, so a restart is a state the extension must handle anyway).
 */
async function resetSharedProfile(profile: Profile): Promise<void> {
  const { context, serviceWorker } = profile;
  let { anchor } = profile;
  // A test that closed or navigated the first tab gets a new one (and the old one closed below).
  if (!anchor || anchor.page.isClosed() || anchor.page.url() !== 'about:blank') {
    anchor = profile.anchor = await anchorOn(context, await context.newPage());
  }
  // First nothing of the last test may run on: its pages close, then the service worker
  // (busy, maybe, with those tabs closing) restarts, then any tab it opened meanwhile closes.
  await closePages(context, anchor.page);
  await restartServiceWorker(anchor.cdp, serviceWorker);
  await closePages(context, anchor.page);
  // Then what it left goes. Its routes (a slow one may still be waiting: ignore it), before
  // the fixture sites are routed again.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await Promise.all([
    routeFixtureSites(context),
    context.clearCookies(),
    serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: import('webextension-polyfill').Browser }).chrome;
      await Promise.all([api.storage.local.clear(), api.storage.sync.clear(), api.storage.session.clear()]);
    }),
    // The fixture sites keep things in localStorage (Instagram's simulator remembers its
    // language there); only their origins can hold any, every other host is refused.
    ...Object.keys(SITES).map((host) =>
      anchor.cdp.send('Storage.clearDataForOrigin', { origin: `https://${host}`, storageTypes: 'all' }),
    ),
  ]);
}

/**
 * Stops the extension's service worker and starts it again. Playwright's Worker handle
 * stays valid across the restart (the DevTools target outlives it), so `serviceWorker`
 * then evaluates in the new worker; a marker left in the old global proves it is new.
 */
async function restartServiceWorker(cdp: CDPSession, serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    (globalThis as { __agEarlierTest?: true }).__agEarlierTest = true;
  });
  const scopeURL = new URL('/', serviceWorker.url()).href;
  const status = new Map<string, string>();
  let changed = () => {};
  const onVersions = ({ versions }: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
    for (const v of versions) if (v.scriptURL.startsWith(scopeURL)) status.set(v.versionId, v.runningStatus);
    changed();
  };
  const until = async (runningStatus: 'stopped' | 'running') => {
    const deadline = Date.now() + 10_000;
    while (status.size === 0 || [...status.values()].some((s) => s !== runningStatus)) {
      if (Date.now() > deadline) throw new Error(`the extension's service worker is not ${runningStatus}: ${[...status.values()]}`);
      await new Promise<void>((resolve) => {
        changed = resolve;
        setTimeout(resolve, 200);
      });
    }
  };
  // The session outlives this reset (it is the first tab's): its listener must not.
  cdp.on('ServiceWorker.workerVersionUpdated', onVersions);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until('stopped');
    await cdp.send('ServiceWorker.startWorker', { scopeURL });
    await until('running');
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', onVersions);
    await cdp.send('ServiceWorker.disable').catch(() => undefined);
  }
  if (await serviceWorker.evaluate(() => '__agEarlierTest' in globalThis)) {
    throw new Error("the extension's service worker did not restart between tests");
  }
}

export { expect };

/**
 * One test's recorders: uncaught errors of its pages into `pageErrors`, and the extension's
 * own requests into `extensionRequests`. Taken off after the test (stop), so that on the
 * shared profile they neither pile up nor write into the arrays of finished tests.
 */
class Recorder {
  private requestsOf = new Set<BrowserContext>();
  private pagesOf = new Set<BrowserContext>();

  constructor(
    private readonly pageErrors: string[],
    private readonly extensionRequests: ExtensionRequest[],
  ) {}

  /** Requests of the service worker and of extension pages (popup, options) over http(s). */
  recordRequests(context: BrowserContext): void {
    if (!this.requestsOf.has(context)) context.on('request', this.onRequest);
    this.requestsOf.add(context);
  }

  /** Pages opened from now on: their errors, and their content script's requests. */
  recordPages(context: BrowserContext): void {
    if (!this.pagesOf.has(context)) context.on('page', this.onPage);
    this.pagesOf.add(context);
  }

  stop(): void {
    for (const context of this.requestsOf) context.off('request', this.onRequest);
    for (const context of this.pagesOf) context.off('page', this.onPage);
  }

  private onRequest = (request: Request) => {
    if (!/^https?:/.test(request.url())) return;
    const from = request.serviceWorker()
      ? 'service-worker'
      : request.frame()?.url().startsWith('chrome-extension://')
        ? 'extension-page'
        : null;
    if (from) this.extensionRequests.push({ url: request.url(), method: request.method(), from });
  };

  private onPage = (page: Page) => {
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    void recordContentScriptRequests(page.context(), page, this.extensionRequests);
  };
}

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

/** The warning host(s) inside `scope` (docs/CONTRACT.md). */
export function warningHost(scope: Page | Locator): Locator {
  return scope.locator('[data-audience-guard="warning"]');
}

/** A button inside the warning's shadow root (Playwright's CSS pierces open shadow roots). */
export function warningAction(scope: Page | Locator, action: 'make-private' | 'dismiss'): Locator {
  return warningHost(scope).locator(`[data-action="${action}"]`);
}
