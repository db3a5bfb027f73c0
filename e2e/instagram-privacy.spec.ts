// Instagram: the account's privacy, read from the web app's own API, decides the warning
// in "Create new post" (docs/CONTRACT.md).
import { test, expect, warningHost, warningAction } from './extension-test';
import { routeInstagramApi, logIn, openCreate, goToStep, caption, createDialog, UI } from './instagram-helpers';

test.describe('Instagram account privacy', () => {
  test('warns in Create new post from the select step to the share step when the account is public', async ({ context, pageErrors }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    const dialog = await openCreate(page);
    const host = warningHost(dialog);
    await expect(host).toHaveCount(1);
    await expect(host).toHaveAttribute('data-site', 'instagram');
    await expect(host).toHaveAttribute('data-audience', 'public');
    await expect(host).toHaveAttribute('data-state', 'warning');
    await expect(warningAction(dialog, 'make-private')).toBeVisible();
    await expect(warningAction(dialog, 'dismiss')).toBeVisible();
    await expect(host.locator('text=anyone on or off Instagram')).toBeVisible();
    await expect(host.locator('text=Meta uses public posts')).toBeVisible();

    for (const step of ['crop', 'edit', 'share'] as const) {
      if (step === 'crop') await goToStep(page, 'crop');
      else await dialog.locator('[role="button"]', { hasText: 'Next' }).click();
      await expect(dialog.locator('h1')).toHaveText(step === 'crop' ? 'Crop' : step === 'edit' ? 'Edit' : 'Create new post');
      await expect(host).toHaveCount(1);
      await expect(host).toHaveAttribute('data-audience', 'public');
      await expect(host).toBeInViewport();
    }

    // Share step: right under the header row that holds Share, and it stays one host while
    // the page re-renders that header on every keystroke.
    const share = dialog.locator('[role="button"]', { hasText: 'Share' });
    await caption(page).pressSequentially('Sunset at the beach');
    await expect(host).toHaveCount(1);
    const placedAfterHeaderWithShare = await host.evaluate((el) => {
      const header = el.previousElementSibling;
      return !!header && [...header.querySelectorAll('[role="button"]')].some((b) => b.textContent === 'Share');
    });
    expect(placedAfterHeaderWithShare).toBe(true);
    const [hostBox, shareBox] = [await host.boundingBox(), await share.boundingBox()];
    expect(hostBox && shareBox && hostBox.y - (shareBox.y + shareBox.height)).toBeLessThan(40);
    await expect(warningAction(dialog, 'make-private')).toBeInViewport();
    expect(pageErrors).toEqual([]);
  });

  test("asks the API the web app's way: same origin, its headers, the page's cookies", async ({ context }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    await expect.poll(() => api.requests).toBe(1);
    const headers = api.lastHeaders ?? {};
    expect(headers['x-ig-app-id']).toBe('936619743392459');
    expect(headers['x-requested-with']).toBe('XMLHttpRequest');
    expect(headers['x-csrftoken']).toBe('fixtureCsrfToken123');
    expect(headers.cookie).toContain('ds_user_id=4242');
    // Sent from the page's own origin (the content script's fetch is same-origin in Chrome).
    expect(headers.referer).toMatch(/^https:\/\/www\.instagram\.com\//);
    expect(headers.origin ?? 'https://www.instagram.com').toBe('https://www.instagram.com');
  });

  test('no warning when the account is private, at any step', async ({ context, openPopup, settled }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'private' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    const dialog = await openCreate(page);
    await goToStep(page, 'share');
    await caption(page).pressSequentially('Hello');
    expect((await settled(page)).audience).toBe('private');
    await expect(warningHost(page)).toHaveCount(0);
    const popup = await openPopup(page);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'private');
    await expect(dialog).toBeVisible();
  });

  for (const answer of ['401', '403', '500', 'malformed', 'missing-field'] as const) {
    test(`says "unknown" out loud when the API answers ${answer}`, async ({ context, openPopup }) => {
      await logIn(context);
      await routeInstagramApi(context, { answer });
      const page = await context.newPage();
      await page.goto('https://www.instagram.com/');
      const dialog = await openCreate(page);
      const host = warningHost(dialog);
      await expect(host).toHaveAttribute('data-audience', 'unknown');
      await expect(warningAction(dialog, 'dismiss')).toBeVisible();
      await expect(warningAction(dialog, 'make-private')).toHaveCount(0);
      const popup = await openPopup(page);
      await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'unknown');
    });
  }

  test('says "unknown" when the API does not answer in time, never "private"', async ({ context }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'slow', slowMs: 9000 });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    const dialog = await openCreate(page);
    await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'unknown', { timeout: 8000 });
  });

  test('says "unknown" when logged out, without asking the API', async ({ context, openPopup }) => {
    const api = await routeInstagramApi(context, { answer: 'private' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    const dialog = await openCreate(page);
    await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'unknown');
    const popup = await openPopup(page);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'unknown');
    expect(api.requests).toBe(0);
  });

  test('asks the API at most once per dialog opening while the cache is fresh', async ({ context, settled }) => {
    await logIn(context);
    const api = await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    await expect.poll(() => api.requests).toBe(1);
    for (let opening = 0; opening < 3; opening++) {
      const dialog = await openCreate(page);
      await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'public');
      await goToStep(page, 'share');
      await caption(page).pressSequentially('abc');
      await page.locator('[aria-label="Close"]').click();
      await expect(createDialog(page)).toHaveCount(0);
    }
    await settled(page);
    expect(api.requests).toBe(1);
  });

  test('warns in Brazilian Portuguese: "Criar novo post", next to "Compartilhar"', async ({ context }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/?lang=pt-BR');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    const dialog = await openCreate(page, 'pt-BR');
    await expect(dialog.locator('h1')).toHaveText(UI['pt-BR'].heading);
    await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'public');
    await goToStep(page, 'share', 'pt-BR');
    const host = warningHost(dialog);
    await expect(host).toHaveCount(1);
    await expect(host).toHaveAttribute('data-audience', 'public');
    const nextToShare = await host.evaluate((el) => el.previousElementSibling?.textContent?.includes('Compartilhar') ?? false);
    expect(nextToShare).toBe(true);
    await expect(warningAction(dialog, 'make-private')).toBeVisible();
  });

  for (const lang of ['de', 'it'] as const) {
    test(`warns in the ${lang === 'de' ? 'German' : 'Italian'} Create flow at the Share step, next to "${UI[lang].share}" (words observed live; headings from a guess)`, async ({ context }) => {
      await logIn(context);
      await routeInstagramApi(context, { answer: 'public' });
      const page = await context.newPage();
      await page.goto(`https://www.instagram.com/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const dialog = await openCreate(page, lang);
      await goToStep(page, 'share', lang);
      await caption(page, lang).pressSequentially('Sonnenuntergang');
      const host = warningHost(dialog);
      await expect(host).toHaveCount(1);
      await expect(host).toHaveAttribute('data-audience', 'public');
      await expect(host).toHaveAttribute('data-state', 'warning');
      const nextToShare = await host.evaluate((el, share) => el.previousElementSibling?.textContent?.includes(share) ?? false, UI[lang].share);
      expect(nextToShare).toBe(true);
      await expect(warningAction(dialog, 'make-private')).toBeVisible();
    });
  }

  test('an unknown page language gives "unknown", not a guess', async ({ context }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/?lang=ja');
    const dialog = await openCreate(page, 'ja');
    const host = warningHost(dialog);
    await expect(host).toHaveAttribute('data-audience', 'unknown');
    await goToStep(page, 'share', 'ja');
    await expect(host).toHaveCount(1);
    await expect(host).toHaveAttribute('data-audience', 'unknown');
    await expect(warningAction(dialog, 'make-private')).toHaveCount(0);
  });

  test('the newer "Create" menu opens the same dialog and the same warning', async ({ context }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/?create=menu');
    await page.locator('svg[aria-label="New post"]').click();
    await page.locator('[role="menuitem"]', { hasText: 'Post' }).click();
    await expect(warningHost(createDialog(page))).toHaveAttribute('data-audience', 'public');
  });

  test('"Share publicly anyway" hides the warning for this dialog only', async ({ context, settled }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    let dialog = await openCreate(page);
    await warningAction(dialog, 'dismiss').click();
    await expect(warningHost(page)).toHaveCount(0);
    await goToStep(page, 'share');
    await settled(page);
    await expect(warningHost(page)).toHaveCount(0);
    await page.locator('[aria-label="Close"]').click();
    dialog = await openCreate(page);
    await expect(warningHost(dialog)).toHaveAttribute('data-audience', 'public');
  });

  test('the popup reports the account as public with no dialog open, and offers the switch', async ({ context, openPopup }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-site', 'instagram');
    await expect(status).toHaveAttribute('data-audience', 'public');
    await expect(popup.locator('[data-action="make-private"]')).toBeVisible();
  });
});
