// Firefox with the built extension, for the Firefox e2e suite and the demo: Debian's
// firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright's own Firefox build
// cannot be downloaded here, and Debian has no geckodriver). What it takes, as measured:
//   - `--remote-allow-system-access`, else BiDi refuses to navigate to moz-extension://;
//   - MOZ_REMOTE_SETTINGS_DEVTOOLS=1, else Firefox keeps calling its remote-settings service;
//   - a fixed extension uuid (pref extensions.webextensions.uuids), so the extension's pages
//     are at known moz-extension://<uuid>/… addresses (the popup's `?tabId=`);
//   - ONE browser-wide BiDi intercept (network.addIntercept without contexts) answered with
//     network.provideResponse: per-page interception misses the tabs the extension opens
//     itself (the Instagram settings tab);
//   - extension pages send no BiDi load or console events (Firefox bug 1755014): they are
//     opened with `wait: 'none'` and then waited on through their document (openExtensionPage);
//   - the event page's own requests never reach BiDi: Firefox's proxy prefs point at a local
//     server that refuses everything and records each request's host (`proxied`).
import { once } from 'node:events';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { firefoxExecutable } from './find.mjs';
import { fixtureResponse } from './fixture-sites.mjs';

/** The gecko id of the extension (manifest browser_specific_settings) and the uuid it is given. */
export const FIREFOX_EXTENSION_ID = 'audience-guard@audience-guard.org';
export const FIREFOX_EXTENSION_UUID = '0b6f6a4e-3c1d-4e55-9a0b-5d1c2b3a4f60';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/**
 * Hosts Firefox itself calls through the proxy: puppeteer points Firefox's own services
 * (remote settings, blocklists) at `dummy.test`. Recorded apart, never blamed on the extension.
 */
export const FIREFOX_OWN_HOSTS = new Set(['dummy.test']);

/** @typedef {import('./fixture-sites.mjs').SiteResponse} SiteResponse */

/**
 * A request as a route handler sees it: the subset of Playwright's Request the shared
 * route helpers use (fixture-sites/instagram/api-route.mjs, e2e/popup-helpers.ts).
 * @typedef {object} InterceptedRequest
 * @property {() => string} url
 * @property {() => string} method
 * @property {() => Record<string, string>} headers lower-case names
 * @property {() => Promise<Record<string, string>>} allHeaders
 * @property {() => string | null} postData the body as text (BiDi network.getData), null when none or
 *   this Firefox cannot collect request bodies
 */

/**
 * Playwright's Route, as far as the shared helpers use it: fulfill, abort, fallback.
 * @typedef {object} InterceptedRoute
 * @property {() => InterceptedRequest} request
 * @property {(r: { status?: number, headers?: Record<string, string>, contentType?: string, body?: string | Buffer, json?: unknown }) => Promise<void>} fulfill
 * @property {() => Promise<void>} abort
 * @property {() => Promise<void>} fallback the next (earlier) handler, else the fixture sites
 * @property {() => Promise<void>} continue like fallback: nothing here reaches the network
 */

/** @typedef {string | RegExp | ((url: URL) => boolean)} UrlMatcher */
/** @typedef {(route: InterceptedRoute) => unknown} RouteHandler */

/**
 * @typedef {object} RecordedRequest
 * @property {string} url
 * @property {string} method
 * @property {string} context the BiDi browsing context (tab) it came from
 * @property {'fixture' | 'routed' | 'refused'} answer fixture file, a test's route, or refused
 */

/** @param {UrlMatcher} matcher @param {string} href */
function matches(matcher, href) {
  if (typeof matcher === 'function') return matcher(new URL(href));
  if (matcher instanceof RegExp) return matcher.test(href);
  if (matcher === href) return true;
  if (!matcher.includes('*')) return false;
  // Playwright's glob: `**` any characters, `*` any but '/'.
  const pattern = matcher.replace(/[.+?^${}()|[\]\\]/g, '\\$&').split('**').map((part) => part.replace(/\*/g, '[^/]*')).join('.*');
  return new RegExp(`^${pattern}$`).test(href);
}

/**
 * The refusing proxy: every request Firefox sends through it (CONNECT host:443, or a plain
 * http GET) is recorded by host and answered 403.
 */
async function startRefusingProxy() {
  /** @type {Array<{ host: string, line: string }>} */
  const seen = [];
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', (chunk) => {
      const line = String(chunk).split('\r\n')[0] ?? '';
      const target = line.split(' ')[1] ?? '';
      let host = target;
      try {
        host = /^[a-z]+:\/\//i.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, '');
      } catch {
        // A request line that is not a URL: keep it as it came.
      }
      seen.push({ host, line });
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { seen, port, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/**
 * @typedef {object} FirefoxSession
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionId the gecko id
 * @property {(path: string) => string} extensionUrl moz-extension://<uuid>/<path>
 * @property {() => Promise<void>} installExtension installs dist/firefox (a temporary add-on); again = an update
 * @property {() => Promise<void>} uninstallExtension
 * @property {(matcher: UrlMatcher, handler: RouteHandler) => Promise<void>} route later routes win, as in Playwright
 * @property {() => void} unrouteAll removes every route a test added (the fixture sites stay)
 * @property {RecordedRequest[]} requests every http(s) request BiDi saw, in order
 * @property {Array<{ host: string, line: string }>} proxied what reached the proxy (BiDi never saw it)
 * @property {(page: import('puppeteer-core').Page, path: string) => Promise<void>} openExtensionPage navigates `page` to an extension page and waits for its document
 * @property {() => Promise<void>} close
 */

/**
 * Starts Firefox (headless unless `headless: false`) with the fixture sites answered at their
 * real URLs and, unless `install: false`, the extension at `extensionPath` installed.
 * `lang` sets Firefox's UI language (browser.i18n follows it; the language pack must be
 * installed: firefox-esr-l10n-<lang>). `prefs` are added to the profile.
 * @param {{ extensionPath: string, headless?: boolean, lang?: string, prefs?: Record<string, unknown>, install?: boolean }} opts
 * @returns {Promise<FirefoxSession>}
 */
export async function launchFirefox(opts) {
  const executablePath = firefoxExecutable();
  if (!executablePath) throw new Error('no Firefox found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  const proxy = await startRefusingProxy();
  /** @type {Record<string, unknown>} */
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
    // Every request BiDi does not answer goes to the refusing proxy, localhost included.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    ...(opts.lang ? { 'intl.locale.requested': opts.lang, 'intl.accept_languages': opts.lang } : {}),
    ...opts.prefs,
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1280, height: 900 },
  });
  // @ts-expect-error puppeteer's BiDi browser exposes its connection (one implementation).
  const connection = /** @type {{ send(method: string, params: object): Promise<any>, on(event: string, listener: (params: any) => void): void }} */ (browser.connection);

  /** @type {Array<{ matcher: UrlMatcher, handler: RouteHandler }>} */
  let routes = [];
  /** @type {RecordedRequest[]} */
  const requests = [];

  /** @param {string} id @param {SiteResponse} answer */
  const provide = (id, answer) =>
    connection.send('network.provideResponse', {
      request: id,
      statusCode: answer.status,
      reasonPhrase: answer.status < 400 ? 'OK' : 'Error',
      headers: Object.entries(answer.headers).map(([name, value]) => ({ name, value: { type: 'string', value } })),
      body: { type: 'base64', value: Buffer.from(answer.body).toString('base64') },
    });

  // Request bodies (what Playwright's postData() gives): BiDi sends none with
  // beforeRequestSent, a data collector keeps them for network.getData. A Firefox without
  // collectors gives null bodies, never an error.
  /** @type {string | null} */
  const collector = await connection
    .send('network.addDataCollector', { dataTypes: ['request'], maxEncodedDataSize: 1_000_000 })
    .then((/** @type {any} */ answer) => answer.result.collector)
    .catch(() => null);
  /** @param {any} event network.beforeRequestSent @returns {Promise<string | null>} */
  const requestBody = async (event) => {
    if (!collector || !(event.request.bodySize > 0)) return null;
    const request = event.request.request;
    try {
      const { bytes } = (await connection.send('network.getData', { dataType: 'request', request })).result;
      // Read once: Firefox may let go of it (the collector would keep every body otherwise).
      void connection.send('network.disownData', { dataType: 'request', collector, request }).catch(() => undefined);
      return bytes.type === 'base64' ? Buffer.from(bytes.value, 'base64').toString('utf8') : bytes.value;
    } catch {
      return null;
    }
  };

  /** @param {any} event network.beforeRequestSent */
  const onRequest = async (event) => {
    if (!event.isBlocked) return;
    const id = event.request.request;
    const href = event.request.url;
    if (!/^https?:/.test(href)) return connection.send('network.continueRequest', { request: id });
    /** @type {Record<string, string>} */
    const headers = {};
    for (const h of event.request.headers ?? []) headers[h.name.toLowerCase()] = h.value?.value ?? '';
    const record = { url: href, method: event.request.method, context: event.context ?? '', answer: /** @type {RecordedRequest['answer']} */ ('fixture') };
    requests.push(record);
    const body = await requestBody(event);
    /** @type {InterceptedRequest} */
    const request = { url: () => href, method: () => event.request.method, headers: () => headers, allHeaders: async () => headers, postData: () => body };
    const handlers = routes.filter((r) => matches(r.matcher, href)).reverse();
    const fallBack = async () => {
      const answer = await fixtureResponse(href);
      if (answer) return provide(id, answer);
      record.answer = 'refused';
      return connection.send('network.failRequest', { request: id });
    };
    const next = async (/** @type {number} */ i) => {
      const entry = handlers[i];
      if (!entry) return fallBack();
      let settled = false;
      /** @type {InterceptedRoute} */
      const route = {
        request: () => request,
        fulfill: async (r) => {
          settled = true;
          record.answer = 'routed';
          const body = r.json !== undefined ? JSON.stringify(r.json) : (r.body ?? '');
          const contentType = r.contentType ?? (r.json !== undefined ? 'application/json' : 'text/plain');
          await provide(id, { status: r.status ?? 200, headers: { 'content-type': contentType, 'cache-control': 'no-store', ...r.headers }, body });
        },
        abort: async () => {
          settled = true;
          record.answer = 'refused';
          await connection.send('network.failRequest', { request: id });
        },
        fallback: async () => {
          settled = true;
          await next(i + 1);
        },
        continue: async () => route.fallback(),
      };
      try {
        await entry.handler(route);
      } catch (error) {
        // A handler that throws must not leave the page's request hanging unanswered (the
        // page would wait forever and the test would only see a timeout): refuse it, loudly.
        console.error(`route handler for ${event.request.method} ${href} threw:`, error);
        if (!settled) {
          record.answer = 'refused';
          await connection.send('network.failRequest', { request: id });
        }
        return;
      }
      if (!settled) await next(i + 1);
    };
    // A request whose tab closed meanwhile can no longer be answered: nothing to do.
    await next(0).catch(() => undefined);
  };
  await connection.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await connection.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  connection.on('network.beforeRequestSent', (event) => void onRequest(event));

  const session = {
    browser,
    extensionId: FIREFOX_EXTENSION_ID,
    extensionUrl: (/** @type {string} */ path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    installExtension: async () => {
      await browser.installExtension(opts.extensionPath);
    },
    uninstallExtension: async () => {
      await browser.uninstallExtension(FIREFOX_EXTENSION_ID);
    },
    route: async (/** @type {UrlMatcher} */ matcher, /** @type {RouteHandler} */ handler) => {
      routes.push({ matcher, handler });
    },
    unrouteAll: () => {
      routes = [];
    },
    requests,
    proxied: proxy.seen,
    openExtensionPage: async (/** @type {import('puppeteer-core').Page} */ page, /** @type {string} */ path) => {
      const url = session.extensionUrl(path);
      // @ts-expect-error the frame's BiDi browsing context id
      const context = page.mainFrame()._id;
      await connection.send('browsingContext.navigate', { context, url, wait: 'none' });
      // (Node gives a moz-extension: URL the origin "null": compare without the query.)
      const want = url.split('?')[0];
      // Asked again until the document is there: puppeteer's waitForFunction cannot run in
      // extension pages (its helper script is not injected there), evaluate can.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ready = await page
          .evaluate((target) => location.href.split('?')[0] === target && document.readyState === 'complete', want)
          .catch(() => false);
        if (ready) return;
        if (Date.now() > deadline) throw new Error(`the extension page ${url} did not open`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await proxy.close();
    },
  };
  if (opts.install !== false) await session.installExtension();
  return session;
}
