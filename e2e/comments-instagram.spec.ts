// Comment warnings on Instagram (docs/CONTRACT.md "Comment warnings"): a comment is as
// public as the post's author's account, whatever the person's own account is. The author's
// privacy is asked of Instagram's own API (web_profile_info), once per author, and only
// after the person focuses a box under that author's post.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './extension-test';
import { routeInstagramApi, logIn } from './instagram-helpers';
import { routeProfileApi } from '../fixture-sites/instagram/profile-api-route.mjs';

const AUTHORS = { nasa_public: 'public', quiet_reader: 'private', sunny_cafe: 'public' } as const;
const commentHosts = (scope: Page | Locator) => scope.locator('[data-audience-guard="warning"][data-kind="comment"]');
/** 0: nasa_public, 1: quiet_reader (private), 2: nasa_public again, 3: sunny_cafe (opens a dialog). */
const post = (page: Page, n: number) => page.locator('article[data-sim="post"]').nth(n);
const box = (scope: Locator) => scope.locator('[data-sim="comment-box"]').first();

async function openFeed(page: Page) {
  await page.goto('https://www.instagram.com/?posts=1');
  await expect(post(page, 0)).toBeVisible();
}

async function expectCommentWarning(scope: Locator) {
  const host = commentHosts(scope);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-site', 'instagram');
  await expect(host).toHaveAttribute('data-audience', 'public');
  await expect(host).toHaveAttribute('data-state', 'warning');
  await expect(host).toBeInViewport();
  await expect(host.locator('[data-action="dismiss"]')).toBeVisible();
  return host;
}

test.describe('Instagram comment warnings', () => {
  test('a public author\'s post warns on focus; the API was asked with the web app\'s headers', async ({ context }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const profiles = await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).focus();
    const host = await expectCommentWarning(post(page, 0));
    await expect(host.getByText(/Your comment will be public: this account is public/)).toBeVisible();
    await expect(host.getByText(/Meta trains its AI on public comments/)).toBeVisible();
    expect(profiles.requests).toEqual({ nasa_public: 1 });
    expect(profiles.lastHeaders?.['x-ig-app-id']).toBe('936619743392459');
    expect(profiles.lastHeaders?.['x-requested-with']).toBe('XMLHttpRequest');
    expect(profiles.lastHeaders?.['x-csrftoken']).toBe('fixtureCsrfToken123');
  });

  test('warns even when the person\'s own account is private, and says so', async ({ context, settled }) => {
    await logIn(context);
    const own = await routeInstagramApi(context, { answer: 'private' });
    await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    await expect.poll(() => own.requests).toBeGreaterThan(0);
    await settled(page);
    await box(post(page, 0)).click();
    await page.keyboard.type('Stunning');
    const host = await expectCommentWarning(post(page, 0));
    await expect(host.getByText(/even though your own account is private/)).toBeVisible();
  });

  test('a private author\'s post never warns', async ({ context, settled }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const profiles = await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 1)).click();
    await page.keyboard.type('Cosy!');
    await expect.poll(() => profiles.requests.quiet_reader).toBe(1);
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });

  test('no comment host and no author request for an unfocused feed', async ({ context, settled }) => {
    await logIn(context);
    const own = await routeInstagramApi(context, { answer: 'public' });
    const profiles = await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => own.requests).toBeGreaterThan(0);
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
    expect(profiles.total).toBe(0);
  });

  test('the API is asked once per author, whatever the number of focuses and posts', async ({ context, settled }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const profiles = await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    for (const n of [0, 2, 0, 1, 2, 1]) {
      await box(post(page, n)).focus();
      if (n !== 1) await expectCommentWarning(post(page, n));
    }
    await settled(page);
    expect(profiles.requests).toEqual({ nasa_public: 1, quiet_reader: 1 });
  });

  test('a post opened in a dialog (contenteditable box) warns inside the dialog', async ({ context }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    await post(page, 3).locator('[data-sim="open-post"]').click();
    const dialog = page.locator('[data-sim="post-dialog"]');
    await box(dialog).click();
    await page.keyboard.type('Want one');
    await expectCommentWarning(dialog);
  });

  test('the host goes when the box is left empty, and when the comment is sent', async ({ context, settled }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    await routeProfileApi(context, AUTHORS);
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).focus();
    await expectCommentWarning(post(page, 0));
    await page.locator('main h2').click();
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
    await box(post(page, 0)).click();
    await page.keyboard.type('Wow');
    await expectCommentWarning(post(page, 0));
    await post(page, 0).locator('[data-sim="send-comment"]').click();
    await expect(post(page, 0).getByText('Wow')).toBeVisible();
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });

  test('an author the API cannot answer for: nothing shown', async ({ context, settled }) => {
    await logIn(context);
    await routeInstagramApi(context, { answer: 'public' });
    const profiles = await routeProfileApi(context, { nasa_public: '500' });
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).click();
    await page.keyboard.type('Hello');
    await expect.poll(() => profiles.total).toBe(1);
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });
});
