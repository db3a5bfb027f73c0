// Every e2e test records the extension's own network requests (e2e/fixtures.ts) and fails
// on any but Instagram's privacy read. These tests prove the recorder sees what it must.
import { test, expect, warningHost, isAllowedExtensionRequest } from './extension-test';
import { logIn, routeInstagramApi } from './instagram-helpers';

test('the request recorder sees the content script\'s one allowed request, and only it', async ({ context, extensionRequests }) => {
  await logIn(context);
  const api = await routeInstagramApi(context, { answer: 'public' });
  const page = await context.newPage();
  await page.goto('https://www.instagram.com/');
  await expect.poll(() => api.requests).toBeGreaterThan(0);
  await expect.poll(() => extensionRequests.length).toBeGreaterThan(0);
  expect(extensionRequests.every(isAllowedExtensionRequest)).toBe(true);
  expect(extensionRequests[0]).toMatchObject({ method: 'GET', from: 'content-script' });
  expect(extensionRequests[0]!.url).toContain('/api/v1/accounts/current_user/');
});

test('a Facebook session with the warning and the switch makes no request at all', async ({ context, extensionRequests }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/');
  await expect(warningHost(page)).toHaveCount(1);
  await warningHost(page).locator('[data-action="make-private"]').click();
  await expect(warningHost(page)).toHaveAttribute('data-state', /done|error/, { timeout: 20_000 });
  expect(extensionRequests).toEqual([]);
});

test('the recorder would catch a forbidden request', () => {
  expect(isAllowedExtensionRequest({ url: 'https://tracker.example/collect', method: 'POST', from: 'content-script' })).toBe(false);
  expect(isAllowedExtensionRequest({ url: 'https://www.instagram.com/api/v1/accounts/current_user/?edit=true', method: 'POST', from: 'content-script' })).toBe(false);
  expect(isAllowedExtensionRequest({ url: 'https://www.instagram.com/api/v1/accounts/current_user/?edit=true', method: 'GET', from: 'service-worker' })).toBe(false);
  expect(isAllowedExtensionRequest({ url: 'https://www.instagram.com/api/v1/accounts/current_user/?edit=true', method: 'GET', from: 'content-script' })).toBe(true);
});
