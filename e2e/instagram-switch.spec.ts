// Instagram's one-click switch: the account goes private in a new settings tab, on a
// one-time request the background holds; the draft's tab never navigates.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, warningHost, warningAction } from './extension-test';
import { routeInstagramApi, logIn, openCreate, goToStep, caption, UI, type Lang } from './instagram-helpers';

const SETTINGS_URL = 'https://www.instagram.com/accounts/privacy_setting/';
const CAPTION = 'Golden hour on the pier 🌅 #summer';

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

/** The tab the extension opens (its URL is still about:blank when the event fires). */
async function newSettingsTab(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const [settings] = await Promise.all([context.waitForEvent('page'), click()]);
  await settings.waitForURL(SETTINGS_URL);
  return settings;
}

function clickMakePrivate(context: BrowserContext, page: Page): Promise<Page> {
  return newSettingsTab(context, () => warningAction(page, 'make-private').click());
}

test.describe('Instagram: one click to a private account', () => {
  for (const [lang, switchMarkup] of [
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

      // The settings tab did the work and says so.
      await expect(settingsNote(settings)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      expect(api.setPrivateRequests).toBe(1);
      expect(api.answer).toBe('private');
      const control = settings.locator('input[type="checkbox"], [role="switch"]');
      if (switchMarkup === 'div') await expect(control).toHaveAttribute('aria-checked', 'true');
      else await expect(control).toBeChecked();
      await expect(settings.locator('[role="dialog"]')).toHaveCount(0);

      // The draft's tab: same URL, same dialog, same caption, and a confirmation.
      const host = warningHost(dialog);
      await expect(host).toHaveAttribute('data-state', 'done');
      await expect(host).toHaveAttribute('data-audience', 'private');
      expect(page.url()).toBe(draftUrl);
      await expect(caption(page, lang)).toHaveText(CAPTION);
      await expect(dialog.locator('[role="button"]', { hasText: UI[lang].share })).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  }

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
    expect(settings.isClosed()).toBe(false);
    expect(api.answer).toBe('public');
    expect(page.url()).toBe(draftUrl);
    await expect(caption(page)).toHaveText(CAPTION);
  });

  test('a settings page opened without a pending request is left alone', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const settings = await context.newPage();
    // Whatever a URL carries, it is no request.
    await settings.goto(`${SETTINGS_URL}?audience_guard=make-private&switch=input`);
    const control = settings.locator('input[type="checkbox"]');
    await expect(control).not.toBeChecked();
    await settings.waitForTimeout(2500);
    await expect(control).not.toBeChecked();
    await expect(settings.locator('[role="dialog"]')).toHaveCount(0);
    await expect(settingsNote(settings)).toHaveCount(0);
    expect(api.setPrivateRequests).toBe(0);
    expect(api.answer).toBe('public');
  });

  test('only the tab the click opened is served, and only once', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public', setPrivate: 'fail' });
    const { page } = await draftOnShareStep(context);
    const settings = await clickMakePrivate(context, page);
    await expect(settingsNote(settings)).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
    const tries = api.setPrivateRequests;
    // Reloading the served tab, or opening the page in another tab, claims nothing more.
    api.setPrivate = 'ok';
    await settings.reload();
    const other = await context.newPage();
    await other.goto(SETTINGS_URL);
    await other.waitForTimeout(2500);
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

  test('a scripted click on the warning does nothing', async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const { page, dialog } = await draftOnShareStep(context);
    await warningAction(page, 'make-private').evaluate((button) => (button as HTMLElement).click());
    await page.waitForTimeout(1000);
    expect(context.pages().some((p) => p.url().startsWith(SETTINGS_URL))).toBe(false);
    await expect(warningHost(dialog)).toHaveAttribute('data-state', 'warning');
    expect(api.setPrivateRequests).toBe(0);
  });
});
