// Instagram's one-click switch: the account goes private in a new settings tab, on a
// one-time request the background holds; the draft's tab never navigates. The settings tab
// tries the privacy paths in order (src/sites/instagram/urls.ts), drives the switch as the
// page builds it, lets the page send its own set_private, and believes only the API.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, warningHost, warningAction } from './extension-test';
import { routeInstagramApi, logIn, openCreate, goToStep, caption, UI, type Lang } from './instagram-helpers';
import { SETTINGS_PATHS } from '../src/sites/instagram/urls';

const CAPTION = 'Golden hour on the pier 🌅 #summer';
const url = (path: string) => `https://www.instagram.com${path}`;
const [WHO, SETTING, SECURITY] = SETTINGS_PATHS.map(url) as [string, string, string];
const ANY_PRIVACY_PAGE = /^https:\/\/www\.instagram\.com\/accounts\//;

function settingsNote(page: Page) {
  return page.locator('[data-audience-guard="settings-note"]');
}

/** A draft on the share step with a caption, and the warning offering the switch. */
async function draftOnShareStep(context: BrowserContext, query = '', lang: Lang = 'en') {
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com/${query}`);
  const dialog = await openCreate(page, lang);
  await goToStep(page, 'share', lang);
  await caption(page, lang).pressSequentially(CAPTION);
  await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'public');
  return { page, dialog };
}

/** What each settings tab's console said (the driver's diagnostic line for a failure). */
const consoleOf = new WeakMap<Page, string[]>();

/** The tab the extension opens (its URL is still about:blank when the event fires). */
async function newSettingsTab(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const [settings] = await Promise.all([context.waitForEvent('page'), click()]);
  const lines: string[] = [];
  consoleOf.set(settings, lines);
  settings.on('console', (message) => lines.push(message.text()));
  await settings.waitForURL(ANY_PRIVACY_PAGE);
  return settings;
}

function clickMakePrivate(context: BrowserContext, page: Page): Promise<Page> {
  return newSettingsTab(context, () => warningAction(page, 'make-private').click());
}

/** The draft's tab: same URL, same dialog, same caption. */
async function expectDraftUntouched(page: Page, draftUrl: string, lang: Lang = 'en') {
  expect(page.url()).toBe(draftUrl);
  await expect(caption(page, lang)).toHaveText(CAPTION);
  await expect(page.locator('[role="dialog"] [role="button"]', { hasText: UI[lang].share })).toBeVisible();
}

test.describe('Instagram: one click to a private account', () => {
  for (const [lang, switchMarkup] of [
    ['en', 'aria'],
    ['en', 'input'],
    ['en', 'div'],
    ['en', 'label'],
    ['pt-BR', 'input'],
  ] as const) {
    test(`makes the account private in a new tab and keeps the draft (${lang}, switch as ${switchMarkup})`, async ({ context, pageErrors }) => {
      await logIn(context);
      const api = await routeInstagramApi(context, { answer: 'public' });
      const { page, dialog } = await draftOnShareStep(context, `?lang=${lang}&switch=${switchMarkup}`, lang);
      const draftUrl = page.url();
      const settings = await clickMakePrivate(context, page);

      // The settings tab did the work on the first path and says so.
      await expect(settingsNote(settings)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      expect(settings.url()).toBe(WHO);
      // The page sent its own request, with its CSRF header; the API agrees.
      expect(api.setPrivateLog).toEqual([{ status: 200, csrf: true, body: 'is_private=true' }]);
      expect(api.answer).toBe('private');
      const control = settings.locator('main input[type="checkbox"], main [role="switch"]');
      if (switchMarkup === 'div' || switchMarkup === 'aria') await expect(control).toHaveAttribute('aria-checked', 'true');
      else await expect(control).toBeChecked();
      await expect(settings.locator('[role="dialog"]')).toHaveCount(0);

      // The draft's tab: a confirmation, and everything as it was.
      const host = warningHost(dialog);
      await expect(host).toHaveAttribute('data-state', 'done');
      await expect(host).toHaveAttribute('data-audience', 'private');
      await expectDraftUntouched(page, draftUrl, lang);
      expect(pageErrors).toEqual([]);
    });
  }

  for (const [name, query, landsOn] of [
    ['only /accounts/privacy_setting/ works (the newer path is "not available")', '?works=privacy_setting', SETTING],
    ['only /accounts/privacy_setting/ works (the newer path redirects home)', '?works=privacy_setting&gone=redirect', SETTING],
    ['only /accounts/privacy_and_security/ works, with the checkbox markup', '?works=privacy_and_security&switch=label', SECURITY],
  ] as const) {
    test(`finds the privacy page in the same tab when ${name}`, async ({ context }) => {
      await logIn(context);
      const api = await routeInstagramApi(context, { answer: 'public' });
      const { page, dialog } = await draftOnShareStep(context, query);
      const draftUrl = page.url();
      const settings = await clickMakePrivate(context, page);
      await expect(settingsNote(settings)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      expect(settings.url()).toBe(landsOn);
      expect(api.setPrivateLog).toEqual([{ status: 200, csrf: true, body: 'is_private=true' }]);
      await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'private');
      // One settings tab only: the paths were tried in it.
      expect(context.pages().filter((p) => ANY_PRIVACY_PAGE.test(p.url()))).toHaveLength(1);
      await expectDraftUntouched(page, draftUrl);
    });
  }

  test('German: "Diese Seite ist leider nicht verfügbar." moves on to the next path (settings words from a guess)', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const { page, dialog } = await draftOnShareStep(context, '?lang=de&works=privacy_setting', 'de');
    const settings = await clickMakePrivate(context, page);
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    expect(settings.url()).toBe(SETTING);
    expect(consoleOf.get(settings)?.join('\n')).toContain('who_can_see_your_content/): the page says it is not available');
    expect(api.answer).toBe('private');
    await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'private');
    await expect(caption(page, 'de')).toHaveText(CAPTION);
  });

  test('only /accounts/who_can_see_your_content/ works: the older paths are never visited', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const visited: string[] = [];
    context.on('request', (r) => {
      if (r.isNavigationRequest() && ANY_PRIVACY_PAGE.test(r.url())) visited.push(new URL(r.url()).pathname);
    });
    const { page } = await draftOnShareStep(context, '?works=who_can_see_your_content');
    const settings = await clickMakePrivate(context, page);
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    expect(visited).toEqual([SETTINGS_PATHS[0]]);
    expect(api.answer).toBe('private');
  });

  test('a page that flips its switch while its request is refused (no CSRF header) ends in an error, the draft untouched', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const { page, dialog } = await draftOnShareStep(context, '?csrf=omit');
    const draftUrl = page.url();
    const settings = await clickMakePrivate(context, page);

    const host = warningHost(dialog);
    await expect(host).toHaveAttribute('data-state', 'error', { timeout: 18_000 });
    await expect(host).toHaveAttribute('data-audience', 'public');
    await expect(host.locator('text=Instagram did not confirm the change')).toBeVisible();
    // The page's own request was refused; its switch still shows on.
    expect(api.setPrivateLog).toEqual([{ status: 403, csrf: false, body: 'is_private=true' }]);
    await expect(settings.locator('main [role="switch"]')).toHaveAttribute('aria-checked', 'true');
    // The driver saw the page's own request finish with its status (the page's resource timeline).
    expect(consoleOf.get(settings)?.join('\n')).toContain('set_private answered 403');
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'error');
    await expect(settingsNote(settings).locator('text=Instagram did not confirm the change')).toBeVisible();
    expect(settings.isClosed()).toBe(false);
    expect(api.answer).toBe('public');
    await expectDraftUntouched(page, draftUrl);
  });

  test('a failed switch leaves the settings tab open with what to click, and the draft untouched', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public', setPrivate: 'fail' });
    const { page, dialog } = await draftOnShareStep(context);
    const draftUrl = page.url();
    const settings = await clickMakePrivate(context, page);

    const host = warningHost(dialog);
    await expect(host).toHaveAttribute('data-state', 'error', { timeout: 18_000 });
    await expect(host).toHaveAttribute('data-audience', 'public');
    await expect(host.locator('text=Switch to private')).toBeVisible();
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'error');
    await expect(settingsNote(settings).locator('text=Private account')).toBeVisible();
    expect(api.setPrivateLog).toEqual([{ status: 500, csrf: true, body: 'is_private=true' }]);
    expect(settings.isClosed()).toBe(false);
    expect(api.answer).toBe('public');
    await expectDraftUntouched(page, draftUrl);
  });

  for (const gone of ['unavailable', 'redirect'] as const) {
    test(`when no path works (${gone}), the settings tab says where the switch is by hand, the draft untouched`, async ({ context }) => {
      await logIn(context);
      const api = await routeInstagramApi(context, { answer: 'public' });
      const { page, dialog } = await draftOnShareStep(context, `?works=none&gone=${gone}`);
      const draftUrl = page.url();
      const settings = await clickMakePrivate(context, page);

      const note = settingsNote(settings);
      await expect(note).toHaveAttribute('data-state', 'error', { timeout: 18_000 });
      await expect(note.locator('text=Settings → Account privacy')).toBeVisible();
      expect(settings.url()).toBe(gone === 'redirect' ? 'https://www.instagram.com/' : SECURITY);
      expect(settings.isClosed()).toBe(false);
      const host = warningHost(dialog);
      await expect(host).toHaveAttribute('data-state', 'error');
      await expect(host).toHaveAttribute('data-audience', 'public');
      expect(api.setPrivateLog).toEqual([]);
      await expectDraftUntouched(page, draftUrl);
    });
  }

  test('a settings page opened without a pending request is left alone', async ({ context, settled, extensionRequests }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const settings = await context.newPage();
    // Whatever a URL carries, it is no request.
    await settings.goto(`${WHO}?audience_guard=make-private&switch=input`);
    const control = settings.locator('main input[type="checkbox"]');
    await expect(control).not.toBeChecked();
    // The positive signal: refused its claim, the content script reads the account instead.
    await expect.poll(() => extensionRequests.length).toBe(1);
    await settled(settings);
    await expect(control).not.toBeChecked();
    await expect(settings.locator('[role="dialog"]')).toHaveCount(0);
    await expect(settingsNote(settings)).toHaveCount(0);
    expect(api.setPrivateLog).toEqual([]);
    expect(api.answer).toBe('public');
  });

  test('only the tab the click opened is served, and only once', async ({ context, settled, extensionRequests }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public', setPrivate: 'fail' });
    const { page } = await draftOnShareStep(context);
    const settings = await clickMakePrivate(context, page);
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
    const tries = api.setPrivateRequests;
    const reads = extensionRequests.length;
    // Reloading the served tab, or opening the page in another tab, claims nothing more.
    api.setPrivate = 'ok';
    await settings.reload();
    const other = await context.newPage();
    await other.goto(WHO);
    // Each refused its claim and read the account instead: then nothing more can come.
    await expect.poll(() => extensionRequests.length).toBe(reads + 2);
    await settled(settings);
    await settled(other);
    await expect(settingsNote(settings)).toHaveCount(0);
    await expect(settingsNote(other)).toHaveCount(0);
    expect(api.setPrivateRequests).toBe(tries);
    expect(api.answer).toBe('public');
  });

  test('closing the settings tab mid-way ends in an error, with the draft intact', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public', slowMs: 30_000 });
    const { page, dialog } = await draftOnShareStep(context);
    // The settings page keeps loading: the switch never appears while the tab is open.
    api.answer = 'slow';
    const settings = await clickMakePrivate(context, page);
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'switching');
    await settings.close();
    await expect(warningHost(dialog)).toHaveAttribute('data-state', 'error');
    await expect(caption(page)).toHaveText(CAPTION);
  });

  test('the popup makes the account private without a Create dialog open', async ({ context, openPopup }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-audience', 'public');
    const settings = await newSettingsTab(context, () => popup.locator('[data-action="make-private"]').click());
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    expect(api.answer).toBe('private');
    await expect(status).toHaveAttribute('data-audience', 'private', { timeout: 10_000 });
    expect(page.url()).toBe('https://www.instagram.com/');
  });

  test('a scripted click on the warning does nothing', async ({ context, settled }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const { page, dialog } = await draftOnShareStep(context);
    await warningAction(page, 'make-private').evaluate((button) => (button as HTMLElement).click());
    const status = await settled(page);
    expect(status.state).toBe('warning');
    expect(context.pages().some((p) => ANY_PRIVACY_PAGE.test(p.url()))).toBe(false);
    await expect(warningHost(dialog)).toHaveAttribute('data-state', 'warning');
    expect(api.setPrivateRequests).toBe(0);
  });
});
