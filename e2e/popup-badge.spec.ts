// The toolbar badge: "!" (with a title) on a tab whose open composer is about to post
// publicly, cleared as soon as that is no longer so. Read through the service worker.
import { test, expect, warningHost, warningAction } from './extension-test';
import { actionTitle, badgeText, FACEBOOK_TEST_URL, INSTAGRAM_TEST_URL, routeFacebookComposer, routeInstagramAccount, writeRawSettings } from './popup-helpers';

test('a tab with an open public composer shows "!" with a title; it clears when the composer closes', async ({ context, serviceWorker, tabIdOf }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await expect(warningHost(page)).toHaveCount(1);
  const tabId = await tabIdOf(page);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('!');
  expect(await actionTitle(serviceWorker, tabId)).toContain('will be public');
  await page.evaluate(() => (window as unknown as { closeComposer(): void }).closeComposer());
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');
  expect(await actionTitle(serviceWorker, tabId)).not.toContain('will be public');
});

test('the badge clears when the audience changes to Friends', async ({ context, serviceWorker, tabIdOf }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const tabId = await tabIdOf(page);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('!');
  await page.evaluate(() => {
    const button = document.querySelector('[aria-label^="Edit privacy."]');
    button?.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
    if (button?.firstElementChild) button.firstElementChild.textContent = 'Friends';
  });
  await expect(warningHost(page)).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');
});

test('the badge is only on the tab with the public composer', async ({ context, serviceWorker, tabIdOf }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const other = await context.newPage();
  await other.goto('https://example.org/');
  const tabId = await tabIdOf(page);
  const otherId = await tabIdOf(other);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('!');
  expect(await badgeText(serviceWorker, otherId)).toBe('');
});

test('no badge on a site whose warnings are muted ("I post publicly on purpose")', async ({ context, serviceWorker, tabIdOf, settled }) => {
  await writeRawSettings(serviceWorker, {
    version: 2,
    sites: { facebook: { enabled: true, publicOnPurpose: true }, instagram: { enabled: true, publicOnPurpose: false } },
    region: 'auto',
  });
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const tabId = await tabIdOf(page);
  // The content script has read the page (and saw the public composer) before the absence check.
  const status = await settled(page);
  expect(status).toMatchObject({ site: 'facebook', audience: 'public', muted: true });
  await expect(warningHost(page)).toHaveCount(0);
  expect(await badgeText(serviceWorker, tabId)).toBe('');
});

test('the badge clears when the person posts publicly anyway (dismiss)', async ({ context, serviceWorker, tabIdOf }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const tabId = await tabIdOf(page);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('!');
  await warningAction(page, 'dismiss').click();
  await expect(warningHost(page)).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');
});

test('a public Instagram account without a post being written gets no badge', async ({ context, serviceWorker, tabIdOf, openPopup }) => {
  await routeInstagramAccount(context, false);
  const page = await context.newPage();
  await page.goto(INSTAGRAM_TEST_URL);
  const tabId = await tabIdOf(page);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'public', { timeout: 10_000 });
  expect(await badgeText(serviceWorker, tabId)).toBe('');
});

test('the badge clears when the tab leaves for another site', async ({ context, serviceWorker, tabIdOf }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const tabId = await tabIdOf(page);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('!');
  await page.goto('https://example.org/');
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');
});
