// The extension sends nothing anywhere, in Firefox too. Every test of this suite fails when
// a request of the extension was refused by the fixture router (a host that is not a fixture
// site) or reached the refusing proxy (the event page's requests, which BiDi never sees,
// recorded by host). Here: the recorder itself, and the one allowed request.
import { test, expect } from './firefox-test';
import { logIn, routeInstagramApi } from '../instagram-helpers';
import { fbUrl } from '../facebook-helpers';
import { waitForHost } from './pages';
import { FIREFOX_OWN_HOSTS } from '../../tools/browser/firefox.mjs';

type Shared = Parameters<typeof logIn>[0];

test("the event page's own requests are recorded by host (the channel BiDi cannot see)", async ({ firefox, extension }) => {
  const before = firefox.proxied.length;
  const bidiBefore = firefox.requests.length;
  // Made from the event page's own window, as the background would: refused, but recorded.
  await extension.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    const bg = (await ext.runtime.getBackgroundPage()) as Window;
    await bg.fetch('https://collector.invalid/beacon').catch(() => undefined);
  });
  await expect.poll(() => firefox.proxied.slice(before).map((p) => p.host)).toContain('collector.invalid');
  expect(firefox.requests.slice(bidiBefore).map((r) => r.url)).not.toContain('https://collector.invalid/beacon');
  // This test's own request is not the extension's: taken out before the after-test check.
  firefox.proxied.splice(before);
});

test('on Facebook and Instagram the only request is Instagram\'s same-origin account API', async ({ browserContext, firefox, forbiddenRequests }) => {
  const from = firefox.requests.length;
  await logIn(browserContext as unknown as Shared);
  const api = await routeInstagramApi(browserContext as unknown as Shared, { answer: 'public' });
  const fb = await browserContext.newPage();
  await fb.goto(fbUrl('/'));
  await waitForHost(fb, { audience: 'public' });
  const ig = await browserContext.newPage();
  await ig.goto('https://www.instagram.com/');
  await expect.poll(() => api.requests).toBeGreaterThan(0);
  const seen = firefox.requests.slice(from);
  // Every request went to a fixture site; the API request was GET, to the same origin.
  expect(seen.filter((r) => r.answer === 'refused')).toEqual([]);
  expect(seen.filter((r) => r.url.includes('/api/')).map((r) => [r.method, new URL(r.url).origin + new URL(r.url).pathname])).toEqual(
    Array(api.requests).fill(['GET', 'https://www.instagram.com/api/v1/accounts/current_user/']),
  );
  expect(forbiddenRequests()).toEqual([]);
  expect(firefox.proxied.filter((p) => !FIREFOX_OWN_HOSTS.has(p.host))).toEqual([]);
});
