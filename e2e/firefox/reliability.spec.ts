// The extension updated while a Facebook tab is open, in Firefox: reinstalling the temporary
// add-on is an update (runtime.onInstalled reason "update"); the new content script, injected
// into the open tab, takes over with one warning and follows the audience.
import { test, expect } from './firefox-test';
import { FACEBOOK_TEST_URL, routeFacebookComposer } from '../popup-helpers';
import { hostState, waitForHost, waitForNoHost } from './pages';

type SharedContext = Parameters<typeof routeFacebookComposer>[0];

test('after the extension is updated, the open tab has one warning again and it still follows the audience', async ({ browserContext, firefox, settled, pageErrors }) => {
  await routeFacebookComposer(browserContext as unknown as SharedContext, 'Public');
  const page = await browserContext.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await waitForHost(page, { audience: 'public' });
  await page.evaluate(() => {
    (window as unknown as { __oldHost: Element | null }).__oldHost = document.querySelector('[data-audience-guard="warning"]');
  });
  await firefox.installExtension();
  // The old copy's host goes, the new copy's comes: one host, and the new script answers.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __oldHost: Element }).__oldHost.isConnected), { timeout: 10_000 }).toBe(false);
  await waitForHost(page, { audience: 'public', state: 'warning' });
  expect((await settled(page)).audience).toBe('public');
  await page.evaluate(() => {
    const b = document.querySelector('[aria-label^="Edit privacy"]')!;
    b.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
    b.textContent = 'Friends';
  });
  await waitForNoHost(page);
  await page.evaluate(() => {
    const b = document.querySelector('[aria-label^="Edit privacy"]')!;
    b.setAttribute('aria-label', 'Edit privacy. Sharing with Public.');
    b.textContent = 'Public';
  });
  await waitForHost(page, { audience: 'public' });
  await settled(page);
  expect((await hostState(page)).count).toBe(1);
  expect(pageErrors).toEqual([]);
});
