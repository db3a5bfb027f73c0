// Instagram in Firefox: the warning in "Create new post" and the account switch through the
// settings tab the extension opens itself. Checked through the contract hooks only (the
// host's data-state, the account per the fixture's API), not the settings page's internals.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './firefox-test';
import { logIn, routeInstagramApi, PHOTO, UI } from '../instagram-helpers';
import { hostState, instagramDraftOnShareStep, clickHostAction, waitForHost } from './pages';

const CAPTION = 'Golden hour on the pier';
const SETTINGS_PATH = '/accounts/privacy_setting/';
const photoPath = join(mkdtempSync(join(tmpdir(), 'ag-ff-photo-')), PHOTO.name);
writeFileSync(photoPath, PHOTO.buffer);

// The shared route helpers take Playwright's BrowserContext; they use only route and addCookies.
type Shared = Parameters<typeof logIn>[0];

test('a public account gets the warning in "Create new post" by the share step', async ({ browserContext }) => {
  await logIn(browserContext as unknown as Shared);
  const api = await routeInstagramApi(browserContext as unknown as Shared, { answer: 'public' });
  const page = await browserContext.newPage();
  await page.goto('https://www.instagram.com/');
  await instagramDraftOnShareStep(page, photoPath, CAPTION, UI.en);
  const host = await waitForHost(page, { site: 'instagram', audience: 'public', state: 'warning' });
  expect(host.inComposer).toBe(1);
  expect(host.actions).toEqual(expect.arrayContaining(['make-private', 'dismiss']));
  expect(api.requests).toBeGreaterThan(0);
});

test('a private account gets no warning', async ({ browserContext, settled }) => {
  await logIn(browserContext as unknown as Shared);
  await routeInstagramApi(browserContext as unknown as Shared, { answer: 'private' });
  const page = await browserContext.newPage();
  await page.goto('https://www.instagram.com/');
  await instagramDraftOnShareStep(page, photoPath, CAPTION, UI.en);
  await expect.poll(async () => (await settled(page)).audience).toBe('private');
  expect((await hostState(page)).count).toBe(0);
});

test('one click makes the account private through the settings tab, and the draft stays', async ({ browserContext }) => {
  await logIn(browserContext as unknown as Shared);
  const api = await routeInstagramApi(browserContext as unknown as Shared, { answer: 'public' });
  const page = await browserContext.newPage();
  await page.goto('https://www.instagram.com/');
  await instagramDraftOnShareStep(page, photoPath, CAPTION, UI.en);
  await waitForHost(page, { audience: 'public' });
  const settingsTab = browserContext.waitForPage((url) => new URL(url, 'about:blank').pathname === SETTINGS_PATH);
  await clickHostAction(page, 'make-private');
  // The extension opened Instagram's settings tab itself (the browser-wide intercept serves it).
  const settings = await settingsTab;
  expect(new URL(settings.url()).pathname).toBe(SETTINGS_PATH);
  await page.bringToFront();
  await waitForHost(page, { state: 'done', audience: 'private' }, 20_000);
  expect(api.answer).toBe('private');
  expect(api.setPrivateRequests).toBe(1);
  // The draft's tab kept its dialog and caption.
  const caption = await page.evaluate((label) => document.querySelector(`[contenteditable="true"][aria-label="${label}"]`)?.textContent, UI.en.caption);
  expect(caption).toBe(CAPTION);
});
