// Pages the popup, options and accessibility specs route themselves (registered inside a
// test, after the shared fixture router, so they win): the minimal markup the Facebook
// adapter always reads, and the Instagram account API the Instagram adapter asks.
import type { BrowserContext, Worker } from '@playwright/test';

export const FACEBOOK_TEST_URL = 'https://www.facebook.com/popup-test';
export const INSTAGRAM_TEST_URL = 'https://www.instagram.com/popup-test/';

/** A Facebook page with an open "Create post" composer whose audience is `audience`. */
function facebookComposerPage(audience: 'Public' | 'Friends' = 'Public', dark = false): string {
  // Facebook marks its dark mode with a class on <html> (docs/MARKUP.md); the warning follows it.
  return `<!doctype html><html lang="en"${dark ? ' class="__fb-dark-mode" style="background:#18191a;color:#e4e6eb"' : ''}><head><meta charset="utf-8"><title>Facebook</title></head><body>
<div role="dialog" aria-modal="true" aria-label="Create post">
  <div role="textbox" contenteditable="true" aria-label="What's on your mind?">Hello</div>
  <div role="button" tabindex="0" aria-label="Edit privacy. Sharing with ${audience}."><span>${audience}</span></div>
  <div role="button" tabindex="0" aria-label="Post">Post</div>
</div>
<script>
  // Closes the composer on request, as posting would.
  window.closeComposer = () => document.querySelector('[role=dialog]')?.remove();
</script>
</body></html>`;
}

export async function routeFacebookComposer(context: BrowserContext, audience: 'Public' | 'Friends' = 'Public', dark = false): Promise<void> {
  await context.route(FACEBOOK_TEST_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: facebookComposerPage(audience, dark) }));
}

/**
 * An Instagram page (no composer open) of a logged-in account (the adapter asks the API only
 * when the ds_user_id cookie says someone is logged in) whose API says public or private.
 */
export async function routeInstagramAccount(context: BrowserContext, isPrivate: boolean): Promise<void> {
  await context.addCookies([
    { name: 'ds_user_id', value: '4242', domain: '.instagram.com', path: '/', secure: true },
    { name: 'csrftoken', value: 'popup-test-token', domain: '.instagram.com', path: '/', secure: true },
  ]);
  await context.route(INSTAGRAM_TEST_URL, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title></head><body><main>Instagram</main></body></html>',
    }),
  );
  await context.route((url) => url.hostname === 'www.instagram.com' && url.pathname === '/api/v1/accounts/current_user/', (route) =>
    route.fulfill({
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ status: 'ok', user: { username: 'popup.test', is_private: isPrivate } }),
    }),
  );
}

/** The toolbar badge text of a tab, read through the service worker. */
export async function badgeText(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The toolbar tooltip of a tab, read through the service worker. */
export async function actionTitle(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }).chrome;
    return api.action.getTitle({ tabId: id });
  }, tabId);
}

/** Writes `value` as the raw stored settings (storage.sync), bypassing validation. */
export async function writeRawSettings(serviceWorker: Worker, value: unknown): Promise<void> {
  await serviceWorker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }).chrome;
    await api.storage.sync.set({ settings: v });
  }, value);
}

export async function readRawSettings(serviceWorker: Worker): Promise<unknown> {
  return serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.sync.get('settings')).settings;
  });
}

/** What settings a new profile holds (src/lib/settings.ts defaults), for both browsers' suites. */
export const DEFAULT_SETTINGS = {
  version: 3,
  sites: { facebook: { enabled: true, publicOnPurpose: false, warnOnComments: true }, instagram: { enabled: true, publicOnPurpose: false, warnOnComments: true } },
  region: 'auto',
};
