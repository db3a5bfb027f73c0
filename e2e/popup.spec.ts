// The popup, through the contract's hooks (docs/CONTRACT.md, Popup): the status of the tab it
// reports on, the one-click switch, and the parts below it.
import type { Dialog, Worker } from '@playwright/test';
import { test, expect, warningHost } from './extension-test';
import { openToolbarPopup } from '../tools/browser/toolbar-popup.mjs';
import { FACEBOOK_TEST_URL, INSTAGRAM_TEST_URL, readRawSettings, routeFacebookComposer, routeInstagramAccount } from './popup-helpers';

test.describe('popup: this tab', () => {
  test('reports a Facebook composer that is about to post publicly, with the switch', async ({ context, openPopup, pageErrors }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await expect(warningHost(page)).toHaveCount(1);
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-site', 'facebook');
    await expect(status).toHaveAttribute('data-audience', 'public');
    await expect(status).toContainText('will be public');
    // The first requests left from the classic script at the top of the head (built from
    // src/popup/first-requests.ts), and the popup's module took them over.
    expect(await popup.evaluate(() => document.head.firstElementChild?.getAttribute('src'))).toBe('/src/popup/first-requests.js');
    expect(await popup.evaluate(() => 'audienceGuardFirstRequests' in globalThis)).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  test('the make-private button runs the same switch as the inline warning and shows its result', async ({ context, openPopup }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    const host = warningHost(page);
    await expect(host).toHaveAttribute('data-state', 'warning');
    const popup = await openPopup(page);
    const button = popup.locator('[data-action="make-private"]');
    await expect(button).toBeVisible();
    await button.click();
    // The switch ran in the tab: its warning host left the "warning" state (switching, then
    // done or error, whichever the Facebook driver reaches on this minimal page).
    await expect(host).toHaveAttribute('data-state', /^(switching|done|error)$/);
    const outcome = popup.locator('[data-testid="switch-outcome"]');
    await expect(outcome).toHaveAttribute('data-ok', /^(true|false)$/, { timeout: 25_000 });
    await expect(outcome).not.toBeEmpty();
    const state = await host.getAttribute('data-state').catch(() => null);
    if ((await outcome.getAttribute('data-ok')) === 'true') {
      await expect(outcome).toContainText('Friends');
    } else {
      expect(state).toBe('error');
    }
  });

  test('reports a Facebook tab without a composer as none, without a switch', async ({ context, openPopup }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await expect(warningHost(page)).toHaveCount(1);
    await page.evaluate(() => (window as unknown as { closeComposer(): void }).closeComposer());
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-site', 'facebook');
    await expect(status).toHaveAttribute('data-audience', 'none');
    await expect(status).toContainText('No post being written');
    await expect(popup.locator('[data-action="make-private"]')).toHaveCount(0);
  });

  test('follows the tab live while open: a composer opening shows up without reopening the popup', async ({ context, openPopup }) => {
    await context.route('https://www.facebook.com/live-test', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<html id="facebook" lang="en"><body><main>Feed</main></body></html>' }),
    );
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/live-test');
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-audience', 'none');
    await page.evaluate(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-label', 'Create post');
      dialog.setAttribute('aria-modal', 'true');
      const box = document.createElement('div');
      box.setAttribute('role', 'textbox');
      box.setAttribute('contenteditable', 'true');
      dialog.append(box);
      const button = document.createElement('div');
      button.setAttribute('role', 'button');
      button.setAttribute('aria-label', 'Edit privacy. Sharing with Public.');
      button.textContent = 'Public';
      const post = document.createElement('div');
      post.setAttribute('role', 'button');
      post.setAttribute('aria-label', 'Post');
      post.textContent = 'Post';
      dialog.append(button, post);
      document.body.append(dialog);
    });
    await expect(warningHost(page)).toHaveCount(1);
    await expect(status).toHaveAttribute('data-audience', 'public');
    await expect(popup.locator('[data-action="make-private"]')).toBeVisible();
  });

  test('shows what the tab last announced while the tab cannot answer, then follows the tab again', async ({ context, extensionId, tabIdOf }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await expect(warningHost(page)).toHaveAttribute('data-state', 'warning');
    const tabId = await tabIdOf(page);
    // An alert holds the page's main thread, as Facebook's own long tasks do: the content
    // script cannot answer the popup until it is closed.
    const alert = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    await page.evaluate(() => void setTimeout(() => window.alert('held'), 0));
    const held = await alert;
    try {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      const status = popup.locator('[data-testid="tab-status"]');
      await expect(status).toHaveAttribute('data-audience', 'public');
      await expect(status).toHaveAttribute('data-site', 'facebook');
      await held.dismiss();
      await page.evaluate(() => {
        const button = document.querySelector('[aria-label^="Edit privacy"]');
        button?.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
        if (button) button.textContent = 'Friends';
      });
      await expect(status).toHaveAttribute('data-audience', 'friends');
    } finally {
      await held.dismiss().catch(() => {});
    }
  });

  test('reports an Instagram tab whose account is public, with the switch', async ({ context, openPopup }) => {
    await routeInstagramAccount(context, false);
    const page = await context.newPage();
    await page.goto(INSTAGRAM_TEST_URL);
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-site', 'instagram');
    // The adapter reads the account API asynchronously; the popup refreshes while open.
    await expect(status).toHaveAttribute('data-audience', 'public', { timeout: 10_000 });
    await expect(status).toContainText('account is public');
    await expect(popup.locator('[data-action="make-private"]')).toBeVisible();
  });

  test('on Instagram the make-private button starts the account switch (the settings tab opens) and shows the outcome', async ({ context, openPopup }) => {
    await routeInstagramAccount(context, false);
    // A bare settings page: the driver finds no switch there, so the switch ends in an error
    // the popup must report (the switch itself is tested by the Instagram specs).
    await context.route((url) => url.hostname === 'www.instagram.com' && url.pathname.startsWith('/accounts/'), (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><head><title>Instagram</title></head><body><main></main></body></html>' }),
    );
    const page = await context.newPage();
    await page.goto(INSTAGRAM_TEST_URL);
    const popup = await openPopup(page);
    const button = popup.locator('[data-action="make-private"]');
    await expect(button).toBeVisible({ timeout: 10_000 });
    const settingsTab = context.waitForEvent('page');
    await button.click();
    await (await settingsTab).waitForURL(/\/accounts\//);
    const outcome = popup.locator('[data-testid="switch-outcome"]');
    await expect(outcome).toHaveAttribute('data-ok', 'false', { timeout: 25_000 });
    await expect(outcome).toContainText('Private account');
  });

  test('reports an Instagram tab whose account is private, without a switch', async ({ context, openPopup }) => {
    await routeInstagramAccount(context, true);
    const page = await context.newPage();
    await page.goto(INSTAGRAM_TEST_URL);
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-audience', 'private', { timeout: 10_000 });
    await expect(popup.locator('[data-action="make-private"]')).toHaveCount(0);
  });

  test('reports an unsupported tab as none/none with a line on what the extension does', async ({ context, openPopup }) => {
    const page = await context.newPage();
    await page.goto('https://example.org/');
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-site', 'none');
    await expect(status).toHaveAttribute('data-audience', 'none');
    await expect(status).toContainText('Facebook and Instagram');
    await expect(popup.locator('[data-action="make-private"]')).toHaveCount(0);
  });
});

/** The extension's popup page, set from its service worker (evaluate serialises the function). */
function setActionPopup(serviceWorker: Worker, popup: string): Promise<void> {
  return serviceWorker.evaluate((page) => {
    const api = (globalThis as unknown as { chrome: { action: { setPopup(details: { popup: string }): Promise<void> } } }).chrome;
    return api.action.setPopup({ popup: page });
  }, popup);
}

test.describe('popup: the rest', () => {
  test('explains why with dated, linked facts: a US browser is told there is no opt-out; the region is chosen in one step and kept', async ({ context, openPopup }) => {
    const page = await context.newPage();
    await page.goto('https://example.org/');
    const popup = await openPopup(page);
    const why = popup.locator('section.why');
    // The browser runs in en-US here: the guess is "elsewhere".
    await expect(why).toHaveAttribute('data-region', 'elsewhere');
    await expect(why.locator('[data-fact="factNoOptOut"]')).toContainText('there is no opt-out');
    await expect(why.locator('[data-objection]')).toHaveCount(0);
    // Four lines at once; the rest one click away.
    await expect(why.locator(':scope > ul.facts > li[data-fact]')).toHaveCount(4);
    const more = why.locator('details.more-facts');
    await expect(more.locator('li[data-fact]').first()).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('li[data-fact]').first()).toBeVisible();
    for (const fact of await why.locator('li[data-fact]').all()) {
      await expect(fact.locator('a[href^="https://"]').first()).toBeVisible();
      await expect(fact.locator('time[datetime]').first()).toBeVisible();
    }
    await expect(why.locator('a[href*="petapixel.com"]')).toBeVisible();
    await expect(why.locator('.as-of')).toHaveText('Facts as of December 2026');
    await popup.locator('[data-action="switch-region"]').selectOption('europe');
    await expect(why).toHaveAttribute('data-region', 'europe');
    await expect(why.locator('[data-objection="route"] a').first()).toHaveAttribute('href', 'https://www.facebook.com/privacy/genai/');
    await expect(why.locator('[data-objection="route"] a[href="https://www.facebook.com/help/contact/6359191084165019"]')).toBeVisible();
    // The choice is a setting: it survives reopening the popup.
    await popup.reload();
    await expect(popup.locator('section.why')).toHaveAttribute('data-region', 'europe');
    await expect(popup.locator('.region-line')).not.toContainText('Guessed');
  });

  test('a Brazilian browser language (pt-BR, the language list set in the page: the profile runs in en-US) shows the Brazil route', async ({ context, extensionId, tabIdOf }) => {
    const page = await context.newPage();
    await page.goto('https://example.org/');
    const tabId = await tabIdOf(page);
    const popup = await context.newPage();
    // The browser's language list as a Brazilian browser has it (the profile itself runs
    // in en-US): the popup reads navigator.languages first (src/lib/region.ts).
    await popup.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['pt-BR', 'pt', 'en'] });
      Object.defineProperty(Navigator.prototype, 'language', { get: () => 'pt-BR' });
    });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    const why = popup.locator('section.why');
    await expect(why).toHaveAttribute('data-region', 'brazil');
    await expect(why.locator(':scope > ul.facts > li[data-fact]').first()).toHaveAttribute('data-fact', 'factBrazil');
    await expect(why.locator('[data-fact="factBrazil"] a')).toHaveAttribute('href', /folha\.uol\.com\.br/);
    await expect(why.locator('[data-objection="route"]')).toContainText('Privacy Center');
    await expect(why.locator('[data-objection="route"] a').first()).toHaveAttribute('href', 'https://www.facebook.com/privacy/genai/');
    await expect(popup.locator('[data-action="switch-region"]')).toHaveValue('brazil');
    await expect(why.locator('[data-fact="factNoOptOut"]')).toHaveCount(0);
  });

  test('Brazil and the UK can be chosen on the options page, and the popup follows', async ({ context, serviceWorker, extensionId, openPopup }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    // The browser runs in en-US: the guess shown next to "auto" is elsewhere.
    await expect(options.locator('[data-setting="region-auto"]').locator('..')).toContainText('Elsewhere');
    await options.locator('[data-setting="region-brazil"]').check();
    await expect.poll(async () => ((await readRawSettings(serviceWorker)) as { region?: string } | undefined)?.region).toBe('brazil');
    const page = await context.newPage();
    await page.goto('https://example.org/');
    const popup = await openPopup(page);
    await expect(popup.locator('section.why')).toHaveAttribute('data-region', 'brazil');
    await expect(popup.locator('[data-action="switch-region"]')).toHaveValue('brazil');
    await expect(popup.locator('.region-line')).not.toContainText('Guessed');
    await options.bringToFront();
    await options.locator('[data-setting="region-uk"]').check();
    await expect.poll(async () => ((await readRawSettings(serviceWorker)) as { region?: string } | undefined)?.region).toBe('uk');
    // The open popup follows the stored setting.
    await expect(popup.locator('section.why')).toHaveAttribute('data-region', 'uk');
    await expect(popup.locator('[data-fact="factUkTraining"]')).toBeVisible();
  });

  test('links the lock-down settings: Facebook\'s default audience first, Instagram\'s privacy page and its search-engine switch', async ({ context, openPopup }) => {
    const page = await context.newPage();
    await page.goto('https://example.org/');
    const popup = await openPopup(page);
    const items = popup.locator('section.lock-down li[data-lock]');
    await expect(items).toHaveCount(5);
    await expect(items.first()).toHaveAttribute('data-lock', 'facebook-future-posts');
    await expect(popup.locator('[data-lock="facebook-future-posts"] a')).toHaveAttribute('href', 'https://www.facebook.com/settings/?tab=posts');
    await expect(popup.locator('[data-lock="facebook-checkup"] a')).toHaveAttribute('href', 'https://www.facebook.com/privacy/checkup/');
    await expect(popup.locator('[data-lock="instagram-privacy"] a')).toHaveAttribute('href', 'https://www.instagram.com/accounts/who_can_see_your_content/');
    const search = popup.locator('[data-lock="instagram-search-engines"]');
    await expect(search.locator('a').first()).toHaveText('Instagram: Allow public photos and videos to appear in search engine results');
    await expect(search.locator('a').first()).toHaveAttribute('href', 'https://www.instagram.com/accounts/who_can_see_your_content/');
    await expect(search).toContainText('professional account');
    await expect(search.locator('time')).toHaveAttribute('datetime', '2025-07-10');
  });

  test('counts warnings shown on this device and resets the numbers', async ({ context, openPopup }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await expect(warningHost(page)).toHaveCount(1);
    const popup = await openPopup(page);
    const warnings = popup.locator('[data-stat="warningsShown"]');
    await expect(warnings).toHaveText('1');
    await popup.locator('[data-action="reset-stats"]').click();
    await expect(warnings).toHaveText('0');
  });

  test('the toolbar popup opens at its full width, in light and dark, with nothing scrolling sideways', async ({ context, serviceWorker }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await expect(warningHost(page)).toHaveCount(1);
    await page.bringToFront();
    // The real popup (a click on the toolbar button), not the popup page in a tab: its
    // window takes the page's width, so a page sized to the window would make it narrow.
    const cdp = await context.newCDPSession(page);
    try {
      for (const theme of ['light', 'dark'] as const) {
        await setActionPopup(serviceWorker, `src/popup/index.html?theme=${theme}`);
        const popup = await openToolbarPopup(cdp, serviceWorker);
        try {
          await popup.waitFor(`document.querySelector('[data-testid="tab-status"]')?.getAttribute('data-audience') === 'public'`);
          // The window grows to the page's width once it is laid out.
          await popup.waitFor('innerWidth >= 360');
          const seen = (await popup.evaluate(`({
            inner: innerWidth,
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
            site: document.querySelector('[data-testid="tab-status"]').getAttribute('data-site'),
            bg: getComputedStyle(document.body).backgroundColor,
          })`)) as { inner: number; scroll: number; client: number; site: string; bg: string };
          expect(seen.site).toBe('facebook');
          expect(seen.scroll).toBeLessThanOrEqual(seen.client);
          expect(seen.bg).toBe(theme === 'dark' ? 'rgb(24, 25, 26)' : 'rgb(255, 255, 255)');
        } finally {
          await popup.close();
        }
      }
    } finally {
      await setActionPopup(serviceWorker, 'src/popup/index.html');
      await cdp.detach();
    }
  });

  test('works with the keyboard alone: Tab reaches the switch and Enter runs it', async ({ context, openPopup }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    const popup = await openPopup(page);
    await expect(popup.locator('[data-action="make-private"]')).toBeVisible();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i += 1) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(() => document.activeElement?.getAttribute('data-action') === 'make-private');
    }
    expect(reached).toBe(true);
    // Focus is visible: the focused button draws an outline.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await popup.keyboard.press('Enter');
    await expect(warningHost(page)).toHaveAttribute('data-state', /^(switching|done|error)$/);
  });
});
