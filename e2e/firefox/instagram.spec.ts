// Instagram in Firefox: the warning in "Create new post" and the account switch through the
// settings tab the extension opens itself. Checked through the contract hooks only (the
// host's data-state, the account per the fixture's API), not the settings page's internals.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './firefox-test';
import { logIn, routeInstagramApi, PHOTO, UI } from '../instagram-helpers';
import { hostState, instagramDraftOnShareStep, clickHostAction, waitForHost } from './pages';
import { SETTINGS_PATHS } from '../../src/sites/instagram/urls';

const CAPTION = 'Golden hour on the pier';
// The fixture's privacy page is at the first path the extension tries (sim.js `works`).
const SETTINGS_PATH = SETTINGS_PATHS[0];
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
  // The page's own request, with its CSRF header, answered 200 (the fixture's 403 otherwise).
  expect(api.setPrivateLog).toEqual([{ status: 200, csrf: true, body: 'is_private=true' }]);
  // The draft's tab kept its dialog and caption.
  const caption = await page.evaluate((label) => document.querySelector(`[contenteditable="true"][aria-label="${label}"]`)?.textContent, UI.en.caption);
  expect(caption).toBe(CAPTION);
});

test('the settings tab moves on to /accounts/privacy_and_security/ when the newer paths are not available, in the same tab', async ({ browserContext }) => {
  await logIn(browserContext as unknown as Shared);
  const api = await routeInstagramApi(browserContext as unknown as Shared, { answer: 'public' });
  const page = await browserContext.newPage();
  // sim.js keeps ?works= in the site's storage, so the settings tab serves the page there too.
  await page.goto('https://www.instagram.com/?works=privacy_and_security&switch=label');
  await instagramDraftOnShareStep(page, photoPath, CAPTION, UI.en);
  await waitForHost(page, { audience: 'public' });
  const settingsTab = browserContext.waitForPage((url) => new URL(url, 'about:blank').pathname === SETTINGS_PATH);
  await clickHostAction(page, 'make-private');
  const settings = await settingsTab;
  await page.bringToFront();
  await waitForHost(page, { state: 'done', audience: 'private' }, 20_000);
  // The first tab went through all three paths (the BiDi intercept answered each).
  expect(new URL(settings.url()).pathname).toBe(SETTINGS_PATHS[2]);
  expect(api.setPrivateLog).toEqual([{ status: 200, csrf: true, body: 'is_private=true' }]);
  const privacyTabs = (await browserContext.pages()).filter((p) => SETTINGS_PATHS.some((path) => p.url().includes(path)));
  expect(privacyTabs).toHaveLength(1);
});

test('a page whose set_private is refused (no CSRF header, 403) ends in an error in Firefox too, the draft stays', async ({ browserContext }) => {
  await logIn(browserContext as unknown as Shared);
  const api = await routeInstagramApi(browserContext as unknown as Shared, { answer: 'public' });
  const page = await browserContext.newPage();
  await page.goto('https://www.instagram.com/?csrf=omit');
  await instagramDraftOnShareStep(page, photoPath, CAPTION, UI.en);
  await waitForHost(page, { audience: 'public' });
  const settingsTab = browserContext.waitForPage((url) => new URL(url, 'about:blank').pathname === SETTINGS_PATH);
  await clickHostAction(page, 'make-private');
  const settings = await settingsTab;
  await page.bringToFront();
  await waitForHost(page, { state: 'error', audience: 'public' }, 20_000);
  expect(api.setPrivateLog).toEqual([{ status: 403, csrf: false, body: 'is_private=true' }]);
  expect(api.answer).toBe('public');
  // The page's switch still shows on (it is optimistic); the tab stays open for the person.
  expect(await settings.evaluate(() => document.querySelector('main [role="switch"]')?.getAttribute('aria-checked'))).toBe('true');
  const caption = await page.evaluate((label) => document.querySelector(`[contenteditable="true"][aria-label="${label}"]`)?.textContent, UI.en.caption);
  expect(caption).toBe(CAPTION);
});
