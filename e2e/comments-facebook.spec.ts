// Comment warnings on Facebook (docs/CONTRACT.md "Comment warnings"), through the built
// extension on the fixture feed (fixture-sites/facebook/feed-posts.js): a box under a public
// post warns when the person focuses it or types; a friends post's never; "Comment anyway"
// holds for that post only; the host goes when the box is left empty or the comment sent.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './extension-test';
import { fbUrl } from './facebook-helpers';
import { actionTitle, badgeText } from './popup-helpers';

const commentHosts = (scope: Page | Locator) => scope.locator('[data-audience-guard="warning"][data-kind="comment"]');
/** The n-th post of the fixture feed (0: Maria, public; 1: João, friends; 2: a Page; 3: Rui, public, with a comment). */
const post = (page: Page, n: number) => page.locator('[data-sim="post"]').nth(n);
const box = (scope: Locator) => scope.locator('[data-sim="comment-box"]').first();

async function openFeed(page: Page, params: Record<string, string | number> = {}, path = '/') {
  await page.goto(fbUrl(path, { open: 0, posts: 1, ...params }));
  await expect(page.locator('[data-sim="post"]').first()).toBeVisible();
}

async function expectCommentWarning(scope: Locator) {
  const host = commentHosts(scope);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-site', 'facebook');
  await expect(host).toHaveAttribute('data-audience', 'public');
  await expect(host).toHaveAttribute('data-state', 'warning');
  await expect(host).toBeInViewport();
  await expect(host.locator('[data-action="dismiss"]')).toBeVisible();
  return host;
}

test.describe('Facebook comment warnings', () => {
  test('a public post\'s box warns on focus, next to the box inside the post, with a Why?', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page);
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
    await box(post(page, 0)).focus();
    const host = await expectCommentWarning(post(page, 0));
    await expect(host.getByText(/Your comment will be public: this post is shared with Public/)).toBeVisible();
    await expect(host.getByText(/Meta trains its AI on public comments/)).toBeVisible();
    // Next to the box: directly above its form, inside the post's own container.
    expect(await host.evaluate((el) => el.nextElementSibling?.localName)).toBe('form');
    const why = host.getByRole('button', { name: 'Why?' });
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(host.getByText(/public Instagram accounts as public/)).toBeVisible();
    // No switch for a comment: nothing to make private.
    await expect(host.locator('[data-action="make-private"]')).toHaveCount(0);
    await expect(commentHosts(page)).toHaveCount(1);
  });

  test('a public post\'s box warns when the person types into it', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).click();
    await page.keyboard.type('Lovely!');
    await expectCommentWarning(post(page, 0));
    await expect(box(post(page, 0))).toHaveText('Lovely!');
  });

  test('a friends post\'s box never warns, focused or typed in', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 1)).click();
    await page.keyboard.type('See you Sunday');
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });

  test('"Comment anyway" holds for that post only, until the page reloads', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).focus();
    const host = await expectCommentWarning(post(page, 0));
    await host.locator('[data-action="dismiss"]').click();
    await expect(commentHosts(page)).toHaveCount(0);
    await box(post(page, 0)).click();
    await page.keyboard.type('Still here');
    await settled(page);
    await expect(commentHosts(post(page, 0))).toHaveCount(0);
    // Another public post still warns.
    await box(post(page, 3)).focus();
    await expectCommentWarning(post(page, 3));
    await page.reload();
    await expect(page.locator('[data-sim="post"]').first()).toBeVisible();
    await box(post(page, 0)).focus();
    await expectCommentWarning(post(page, 0));
  });

  test('a Page\'s post warns (fixture from a guess: a Page post\'s header carries the Public icon)', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 2)).focus();
    await expectCommentWarning(post(page, 2));
    const own = await context.newPage();
    await openFeed(own, {}, '/lakesidebakery');
    await box(post(own, 0)).focus();
    await expectCommentWarning(post(own, 0));
  });

  test('a public group\'s post warns, a private group\'s never', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page, {}, '/groups/101');
    await page.getByText('Public group').waitFor();
    await box(post(page, 0)).focus();
    await expectCommentWarning(post(page, 0));
    const closed = await context.newPage();
    await openFeed(closed, {}, '/groups/202');
    await closed.getByText('Private group').waitFor();
    await box(post(closed, 0)).click();
    await closed.keyboard.type('Count me in');
    await settled(closed);
    await expect(commentHosts(closed)).toHaveCount(0);
  });

  test('a French feed reads "Partagé avec Public": the public post warns, "Partagé avec Amis" does not', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page, { lang: 'fr' });
    await expect(post(page, 0).locator('svg[title="Partagé avec Public"]')).toHaveCount(1);
    await box(post(page, 1)).focus();
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
    await box(post(page, 0)).focus();
    await expectCommentWarning(post(page, 0));
  });

  test('a reply box under a comment of a public post warns, inside that post', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    const reply = post(page, 3).locator('[role="article"][aria-label^="Comment by"] [data-sim="comment-box"]');
    await reply.focus();
    await expectCommentWarning(post(page, 3));
  });

  test('a public post open in a dialog warns inside the dialog', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.locator('[data-sim="open-post"]').click();
    const dialog = page.locator('[data-sim="post-dialog"]');
    await box(dialog).focus();
    await expectCommentWarning(dialog);
  });

  test('no comment host for an unfocused feed, and none after the page has settled', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.mouse.wheel(0, 2000);
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });

  test('the host goes when the box is left empty; a box left with text keeps its host', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).focus();
    await expectCommentWarning(post(page, 0));
    await page.locator('h1, [role="banner"]').first().click();
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
    // With text: it stays after the focus leaves, one per box.
    await box(post(page, 0)).click();
    await page.keyboard.type('Draft one');
    await box(post(page, 3)).click();
    await page.keyboard.type('Draft two');
    await page.locator('[role="banner"]').click();
    await settled(page);
    await expect(commentHosts(post(page, 0))).toHaveCount(1);
    await expect(commentHosts(post(page, 3))).toHaveCount(1);
  });

  test('the host goes when the comment is sent', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).click();
    await page.keyboard.type('Beautiful light');
    await expectCommentWarning(post(page, 0));
    await page.keyboard.press('Enter');
    await expect(post(page, 0).getByText('Beautiful light')).toBeVisible();
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });

  test('exactly one host per box through React-style re-renders of the box, its form and the comment area', async ({ context, settled }) => {
    const page = await context.newPage();
    await openFeed(page, { rerender: 120 });
    await box(post(page, 0)).click();
    await page.keyboard.type('Typing while');
    await expectCommentWarning(post(page, 0));
    // Let the page re-render several times (each time a new form and box, or the whole area).
    await page.waitForFunction(() => (window as unknown as { __fbPosts: { renders: number } }).__fbPosts.renders >= 8);
    await page.keyboard.type(' it re-renders');
    await page.waitForFunction(() => (window as unknown as { __fbPosts: { renders: number } }).__fbPosts.renders >= 12);
    await settled(page);
    await expectCommentWarning(post(page, 0));
    await expect(box(post(page, 0))).toHaveText('Typing while it re-renders');
    const max = await page.evaluate(() => (window as unknown as { __fbPosts: { maxHostsPerBox: number } }).__fbPosts.maxHostsPerBox);
    expect(max).toBe(1);
  });

  test('"Warn on comments" off in the options: no comment host on Facebook', async ({ context, extensionId, settled }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const toggle = options.locator('[data-setting="facebook-warn-on-comments"]');
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(toggle).not.toBeChecked();
    const page = await context.newPage();
    await openFeed(page);
    await box(post(page, 0)).click();
    await page.keyboard.type('Quiet please');
    await settled(page);
    await expect(commentHosts(page)).toHaveCount(0);
  });

  test('the badge and the popup say a comment is about to go public, in words, with no switch; the local numbers count it', async ({ context, serviceWorker, tabIdOf, openPopup }) => {
    const page = await context.newPage();
    await openFeed(page);
    const tabId = await tabIdOf(page);
    await box(post(page, 0)).click();
    await page.keyboard.type('Going public');
    await expectCommentWarning(post(page, 0));
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('!');
    expect(await actionTitle(serviceWorker, tabId)).toContain('comment you are writing will be public');
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-site', 'facebook');
    await expect(status).toHaveAttribute('data-comment', 'public');
    await expect(status).toContainText('The comment you are writing will be public');
    await expect(popup.locator('[data-action="make-private"]')).toHaveCount(0);
    await expect(popup.locator('[data-stat="commentWarningsShown"]')).toHaveText('1');
    // Sent: the badge clears.
    await page.bringToFront();
    await box(post(page, 0)).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(commentHosts(page)).toHaveCount(0);
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');
  });
});
